package org.backoffice.logistics.api.purchasing;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goods received against a purchase order.
 *
 * @param lines     at least one; a SKU of the order, a quantity in its unit and optionally the location (default:
 *                  the warehouse's receiving location)
 * @param reference an outside document, e.g. the supplier's delivery note
 */
public record GoodsReceiptDraft(List<Line> lines, String reference) {

    public GoodsReceiptDraft {
        lines = lines == null ? null : List.copyOf(lines);
    }

    public record Line(String sku, BigDecimal quantity, String location) {
    }
}
