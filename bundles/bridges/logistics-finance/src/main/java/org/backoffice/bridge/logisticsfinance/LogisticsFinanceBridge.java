package org.backoffice.bridge.logisticsfinance;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import org.backoffice.finance.api.Invoice;
import org.backoffice.finance.api.InvoiceStatus;
import org.backoffice.finance.api.ReceivablesService;
import org.backoffice.logistics.api.Product;
import org.backoffice.logistics.api.ProductService;
import org.backoffice.logistics.api.SalesDocuments;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.EventSubscriber;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Turns logistics events into finance documents: a dispatched shipment becomes a customer invoice.
 *
 * <p>Exactly once: the invoice carries the shipment number as its reference and is looked up by it before anything
 * is created, so an event delivered again (after a failure, a restart, or a reinstallation that replays from the
 * stored position) finds the invoice instead of making a second one; a draft left by a failed posting is posted on
 * the next delivery. No two deliveries race: the platform hands this subscriber its events one at a time, in order,
 * from its single delivery thread, and one server serves one company's database, so the lookup and the creation are
 * never interleaved with another delivery of the same event.
 *
 * <p>An event that cannot become a document (say the customer is not a customer, or the period is closed) fails and
 * is retried by the platform with growing pauses, holding back later events of this subscriber; the subscription's
 * last error ({@code GET /api/events/subscriptions},
 * {@code backoffice:subscriptions}) tells why. Nothing is skipped silently.
 */
@Component(service = EventSubscriber.class, configurationPid = BridgeConfig.PID)
@Designate(ocd = BridgeConfig.class)
public final class LogisticsFinanceBridge implements EventSubscriber {

    static final String SUBSCRIBER_ID = "org.backoffice.bridge.logisticsfinance";

    private static final Logger LOG = Logger.getLogger(LogisticsFinanceBridge.class.getName());

    private final ReceivablesService receivables;
    private final BridgeConfig.InvoiceMode invoiceMode;
    private final String taxCode;
    private final long ignoreUpTo;

    /** Names for invoice lines; always there while logistics is, but a line without a name is no reason to wait. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProductService products;

    @Activate
    public LogisticsFinanceBridge(@Reference ReceivablesService receivables, @Reference EventLog events,
            BundleContext context, BridgeConfig config) throws IOException {
        this(receivables, config.invoiceMode(), config.taxCode(), CatchUpStart.ignoreUpTo(config.catchUp(), events,
                SUBSCRIBER_ID, context.getDataFile("catch-up-start")));
    }

    LogisticsFinanceBridge(ReceivablesService receivables, BridgeConfig.InvoiceMode invoiceMode, String taxCode,
            long ignoreUpTo) {
        this.receivables = receivables;
        this.invoiceMode = invoiceMode;
        this.taxCode = taxCode;
        this.ignoreUpTo = ignoreUpTo;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(SalesDocuments.TOPIC_SHIPMENT_DISPATCHED);
    }

    @Override
    public void onEvent(BusinessEvent event) {
        if (event.id() <= ignoreUpTo) {
            return; // FROM_INSTALLATION: before the bridge's first start
        }
        if (SalesDocuments.TOPIC_SHIPMENT_DISPATCHED.equals(event.topic())) {
            invoice(event);
        }
    }

    /** The shipment's invoice, created unless it exists, and posted when so configured and still a draft. */
    Invoice invoice(BusinessEvent event) {
        String customer = ShipmentInvoices.customer(event);
        String reference = ShipmentInvoices.reference(event);
        Invoice invoice = receivables.findInvoiceByReference(customer, reference).orElse(null);
        if (invoice == null) {
            Invoice created = receivables.createInvoice(ShipmentInvoices.draft(event, taxCode, this::productName));
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

    private Optional<String> productName(String sku) {
        ProductService directory = products;
        return directory == null ? Optional.empty() : directory.get(sku).map(Product::name);
    }
}
