package org.backoffice.bridge.logisticsfinance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.logistics.api.sales.SalesDocuments;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.event.CatchUpStart;
import org.backoffice.platform.api.event.EventSubscriber;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A dispatched shipment becomes a customer invoice, drafted or posted as configured.
 *
 * <p>Exactly once: the invoice carries the shipment number as its reference (each part of a shipment longer than an
 * invoice takes, its number and part, see {@link DocumentParts}) and is looked up by it before anything is created, so
 * an event delivered again (after a failure, a restart, or a reinstallation that replays from the stored position)
 * finds the invoice instead of making a second one; a draft left by a failed posting is posted on the next delivery.
 * No two deliveries race: the platform hands this subscriber its events one at a time, in order, from its single
 * delivery thread, and one server serves one company's database, so the lookup and the creation are never
 * interleaved with another delivery of the same event.
 *
 * <p>An event that cannot become a document (say the customer is not a customer, or the period is closed) fails and
 * is retried by the platform with growing pauses, holding back later events of this subscriber; the subscription's
 * last error ({@code GET /api/events/subscriptions}, {@code backoffice:subscriptions}) tells why. Nothing is skipped
 * silently.
 */
@Component(service = EventSubscriber.class, configurationPid = BridgeConfig.PID)
@Designate(ocd = BridgeConfig.class)
public final class ShipmentInvoicer extends DocumentSubscriber {

    static final String SUBSCRIBER_ID = "org.backoffice.bridge.logisticsfinance.invoices";

    private static final Logger LOG = Logger.getLogger(ShipmentInvoicer.class.getName());

    private final ReceivablesService receivables;
    private final BridgeConfig.InvoiceMode invoiceMode;

    @Activate
    public ShipmentInvoicer(@Reference ReceivablesService receivables, @Reference EventLog events,
            @Reference ProductNames names, BundleContext context, BridgeConfig config) throws IOException {
        this(receivables, names::of, config.invoiceMode(), config.taxCode(), CatchUpStart.ignoreUpTo(
                config.catchUp() == BridgeConfig.CatchUp.FROM_INSTALLATION,
                events, SUBSCRIBER_ID, context.getDataFile("invoices-catch-up-start")));
    }

    ShipmentInvoicer(ReceivablesService receivables, Function<String, Optional<ProductNames.Facts>> productNames,
            BridgeConfig.InvoiceMode invoiceMode, String taxCode, long ignoreUpTo) {
        super(SUBSCRIBER_ID, SalesDocuments.TOPIC_SHIPMENT_DISPATCHED, productNames, taxCode, ignoreUpTo);
        this.receivables = receivables;
        this.invoiceMode = invoiceMode;
    }

    @Override
    void handle(BusinessEvent event) {
        invoices(event);
    }

    /**
     * The shipment's invoices (one, unless it has more lines than an invoice takes), each created unless it exists,
     * and posted when so configured and still a draft.
     */
    List<Invoice> invoices(BusinessEvent event) {
        List<Invoice> invoices = new ArrayList<>();
        for (InvoiceDraft draft : ShipmentInvoices.drafts(event, taxCode, productNames)) {
            invoices.add(invoice(draft));
        }
        return invoices;
    }

    private Invoice invoice(InvoiceDraft draft) {
        String customer = draft.customer();
        String reference = draft.reference();
        Invoice invoice = receivables.findInvoiceByReference(customer, reference).orElse(null);
        if (invoice == null) {
            Invoice created = receivables.createInvoice(draft);
            LOG.info(() -> "shipment " + reference + " of " + customer + ": invoice " + created.id());
            invoice = created;
        }
        // an invoice of nothing (every line free) cannot be posted: it stays a draft instead of blocking the bridge
        if (invoiceMode == BridgeConfig.InvoiceMode.POSTED && invoice.status() == InvoiceStatus.DRAFT
                && invoice.gross().signum() > 0) {
            invoice = receivables.postInvoice(invoice.id());
        }
        return invoice;
    }
}
