package org.backoffice.logistics.impl.purchasing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.logistics.api.purchasing.GoodsReceipt;
import org.backoffice.platform.api.audit.ChangeSet;

/** What a stored goods receipt leaves behind: its audit lines and the {@code GOODS_RECEIVED} payload. */
final class ReceiptRecords {

    private ReceiptRecords() {
    }

    /** One created-row per field and one per line ("12 FLOUR-1 to H1-RECV (move 7)"). */
    static ChangeSet changes(GoodsReceipt receipt) {
        ChangeSet changes = new ChangeSet().created("purchaseOrder", receipt.purchaseOrderNumber())
                .created("reference", receipt.reference()).created("total", receipt.total());
        for (int i = 0; i < receipt.lines().size(); i++) {
            GoodsReceipt.Line line = receipt.lines().get(i);
            changes.created("lines[" + (i + 1) + "]", line.quantity().toPlainString() + " " + line.sku() + " to "
                    + line.location() + " (move " + line.moveId() + ")");
        }
        return changes;
    }

    static Map<String, Object> payload(GoodsReceipt receipt) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (GoodsReceipt.Line line : receipt.lines()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", line.sku());
            item.put("quantity", line.quantity());
            item.put("unitPrice", line.unitPrice());
            item.put("lineTotal", line.lineTotal());
            lines.add(item);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("receiptId", receipt.id());
        payload.put("purchaseOrderId", receipt.purchaseOrderId());
        payload.put("purchaseOrderNumber", receipt.purchaseOrderNumber());
        payload.put("supplier", receipt.supplier());
        payload.put("warehouse", receipt.warehouse());
        payload.put("currency", receipt.currency());
        payload.put("lines", lines);
        payload.put("total", receipt.total());
        return payload;
    }
}
