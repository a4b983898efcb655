package org.backoffice.bridge.logisticsfinance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.logistics.api.sales.SalesDocuments;
import org.backoffice.platform.api.event.BusinessEvent;

/**
 * The customer invoice of a dispatched shipment: one line per shipped line (see {@link LineDrafts}), dated the day
 * of dispatch, in the order's currency, with the shipment number as reference, by which a second delivery of the
 * event finds it.
 */
final class ShipmentInvoices {

    private ShipmentInvoices() {
    }

    /** The reference the (first) invoice of this shipment carries. */
    static String reference(BusinessEvent event) {
        return payload(event).text("shipmentNumber");
    }

    static String customer(BusinessEvent event) {
        return payload(event).text("customer");
    }

    /** The shipment's invoice, or its invoices when it has more lines than one takes (see {@link DocumentParts}). */
    static List<InvoiceDraft> drafts(BusinessEvent event, String taxCode,
            Function<String, Optional<ProductNames.Facts>> productNames) {
        Payload payload = payload(event);
        List<List<InvoiceLineDraft>> parts = DocumentParts.of(LineDrafts.of(payload, taxCode, productNames));
        List<InvoiceDraft> drafts = new ArrayList<>(parts.size());
        for (int part = 1; part <= parts.size(); part++) {
            drafts.add(new InvoiceDraft(payload.text("customer"), payload.day("dispatchedAt"), null,
                    payload.optionalText("currency"), DocumentParts.reference(payload.text("shipmentNumber"), part),
                    parts.get(part - 1), null));
        }
        return drafts;
    }

    private static Payload payload(BusinessEvent event) {
        return new Payload(SalesDocuments.TOPIC_SHIPMENT_DISPATCHED, event.payload());
    }
}
