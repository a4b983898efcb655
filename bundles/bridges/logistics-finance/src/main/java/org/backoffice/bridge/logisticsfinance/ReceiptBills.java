package org.backoffice.bridge.logisticsfinance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.payables.BillDraft;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.platform.api.event.BusinessEvent;

/**
 * The draft supplier bill of a goods receipt: one line per received line (see {@link LineDrafts}) at the purchase
 * order's prices, dated the day of receipt, with the goods receipt number ({@code GR-<receipt id>}) as the supplier
 * reference. Finance refuses a second bill with the same supplier reference, which makes a redelivered event
 * harmless; once the supplier's own invoice arrives, the draft is checked against it and completed by hand.
 */
final class ReceiptBills {

    private ReceiptBills() {
    }

    static String receiptNumber(BusinessEvent event) {
        return "GR-" + payload(event).text("receiptId");
    }

    /** The receipt's bill, or its bills when it has more lines than one takes (see {@link DocumentParts}). */
    static List<BillDraft> drafts(BusinessEvent event, String taxCode,
            Function<String, Optional<ProductNames.Facts>> productNames) {
        Payload payload = payload(event);
        String order = payload.text("purchaseOrderNumber");
        List<List<InvoiceLineDraft>> parts = DocumentParts.of(LineDrafts.of(payload, taxCode, productNames));
        List<BillDraft> drafts = new ArrayList<>(parts.size());
        for (int part = 1; part <= parts.size(); part++) {
            drafts.add(new BillDraft(payload.text("supplier"), DocumentParts.reference(receiptNumber(event), part),
                    LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC), null, payload.optionalText("currency"),
                    null, "Goods received on purchase order " + order, parts.get(part - 1), null));
        }
        return drafts;
    }

    private static Payload payload(BusinessEvent event) {
        return new Payload(LogisticsModule.TOPIC_GOODS_RECEIVED, event.payload());
    }
}
