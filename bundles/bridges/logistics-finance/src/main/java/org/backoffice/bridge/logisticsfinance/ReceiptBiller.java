package org.backoffice.bridge.logisticsfinance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import org.backoffice.finance.api.payables.Bill;
import org.backoffice.finance.api.payables.BillDraft;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.event.CatchUpStart;
import org.backoffice.platform.api.event.EventSubscriber;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A goods receipt becomes a draft supplier bill. A subscriber of its own (own position, own retries), so that
 * invoicing never waits for billing and the other way round, and so that it simply starts, and catches up, whenever
 * finance's payables service is there.
 *
 * <p>Exactly once: the bill's supplier reference is the goods receipt number, which finance accepts once per supplier;
 * when the event comes again the bill is there and finance's refusal of the duplicate is the answer. Deliveries to
 * one subscriber are sequential (see {@link ShipmentInvoicer}), so there is no race between lookup and creation.
 */
@Component(service = EventSubscriber.class, configurationPid = BridgeConfig.PID) // designated by ShipmentInvoicer
public final class ReceiptBiller extends DocumentSubscriber {

    static final String SUBSCRIBER_ID = "org.backoffice.bridge.logisticsfinance.bills";

    private static final Logger LOG = Logger.getLogger(ReceiptBiller.class.getName());

    private final PayablesService payables;

    @Activate
    public ReceiptBiller(@Reference PayablesService payables, @Reference EventLog events,
            @Reference ProductNames names, BundleContext context, BridgeConfig config) throws IOException {
        this(payables, names::of, config.taxCode(), CatchUpStart.ignoreUpTo(
                config.catchUp() == BridgeConfig.CatchUp.FROM_INSTALLATION, events, SUBSCRIBER_ID,
                context.getDataFile("bills-catch-up-start")));
    }

    ReceiptBiller(PayablesService payables, Function<String, Optional<ProductNames.Facts>> productNames, String taxCode,
            long ignoreUpTo) {
        super(SUBSCRIBER_ID, LogisticsModule.TOPIC_GOODS_RECEIVED, productNames, taxCode, ignoreUpTo);
        this.payables = payables;
    }

    @Override
    void handle(BusinessEvent event) {
        bills(event);
    }

    /**
     * The receipt's new draft bills (one, unless it has more lines than a bill takes); none for a part billed before.
     */
    List<Bill> bills(BusinessEvent event) {
        List<Bill> created = new ArrayList<>();
        for (BillDraft draft : ReceiptBills.drafts(event, taxCode, productNames)) {
            bill(draft).ifPresent(created::add);
        }
        return created;
    }

    private Optional<Bill> bill(BillDraft draft) {
        String receipt = draft.supplierReference();
        try {
            Bill bill = payables.createBill(draft);
            LOG.info(() -> "goods receipt " + receipt + " of " + bill.supplier() + ": draft bill " + bill.id());
            return Optional.of(bill);
        } catch (ValidationFailedException e) {
            if (e.errors().stream().anyMatch(error -> "supplierReference".equals(error.field()))) {
                LOG.fine(() -> "goods receipt " + receipt + " was billed before");
                return Optional.empty();
            }
            throw e;
        }
    }
}
