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

    /**
     * @param unit the unit {@code quantity} is counted in: the product's own (the default) or one it has a
     *             conversion for; what is stocked is always in the product's unit
     */
    public record Line(String sku, BigDecimal quantity, String location, String unit) {

        /** A line counted in the product's own unit. */
        public Line(String sku, BigDecimal quantity, String location) {
            this(sku, quantity, location, null);
        }
    }
}
