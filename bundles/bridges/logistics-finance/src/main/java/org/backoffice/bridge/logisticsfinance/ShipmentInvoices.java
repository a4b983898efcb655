package org.backoffice.bridge.logisticsfinance;

import java.util.Optional;
import java.util.function.Function;

import org.backoffice.finance.api.InvoiceDraft;
import org.backoffice.logistics.api.SalesDocuments;
import org.backoffice.platform.api.event.BusinessEvent;

/**
 * The customer invoice of a dispatched shipment: one line per shipped line (see {@link LineDrafts}), dated the day
 * of dispatch, in the order's currency, with the shipment number as reference, by which a second delivery of the
 * event finds it.
 */
final class ShipmentInvoices {

    private ShipmentInvoices() {
    }

    /** The reference an invoice of this shipment carries. */
    static String reference(BusinessEvent event) {
        return payload(event).text("shipmentNumber");
    }

    static String customer(BusinessEvent event) {
        return payload(event).text("customer");
    }

    static InvoiceDraft draft(BusinessEvent event, String taxCode, Function<String, Optional<String>> productNames) {
        Payload payload = payload(event);
        return new InvoiceDraft(payload.text("customer"), payload.day("dispatchedAt"), null,
                payload.optionalText("currency"), payload.text("shipmentNumber"),
                LineDrafts.of(payload, taxCode, productNames), null);
    }

    private static Payload payload(BusinessEvent event) {
        return new Payload(SalesDocuments.TOPIC_SHIPMENT_DISPATCHED, event.payload());
    }
}
