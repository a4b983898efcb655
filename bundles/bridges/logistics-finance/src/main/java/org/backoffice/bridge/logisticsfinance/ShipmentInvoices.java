package org.backoffice.bridge.logisticsfinance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.backoffice.finance.api.InvoiceDraft;
import org.backoffice.finance.api.InvoiceLineDraft;
import org.backoffice.logistics.api.SalesDocuments;
import org.backoffice.platform.api.event.BusinessEvent;

/**
 * The customer invoice of a dispatched shipment: one line per shipped line (SKU and product name, quantity, unit
 * price, the configured tax code, the default sales account), dated the day of dispatch, in the order's currency,
 * with the shipment number as reference, by which a second delivery of the event finds it.
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

    /**
     * @param productNames the current name of a SKU, when the logistics product master can tell it (the payload
     *                     carries SKUs only, unless a publisher adds {@code name} to its lines)
     */
    static InvoiceDraft draft(BusinessEvent event, String taxCode, Function<String, Optional<String>> productNames) {
        Payload payload = payload(event);
        List<InvoiceLineDraft> lines = new ArrayList<>();
        for (Payload line : payload.list("lines")) {
            String sku = line.text("sku");
            String name = Optional.ofNullable(line.optionalText("name")).or(() -> productNames.apply(sku))
                    .orElse(null);
            lines.add(new InvoiceLineDraft(name == null ? sku : sku + " " + name, line.decimal("quantity"),
                    line.decimal("unitPrice"), taxCode, null));
        }
        return new InvoiceDraft(payload.text("customer"), payload.day("dispatchedAt"), null,
                payload.optionalText("currency"), payload.text("shipmentNumber"), lines, null);
    }

    private static Payload payload(BusinessEvent event) {
        return new Payload(SalesDocuments.TOPIC_SHIPMENT_DISPATCHED, event.payload());
    }
}
