package org.backoffice.logistics.api.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order to create (as DRAFT).
 *
 * @param supplier     partner code of the supplier; checked against the partners directory when it is installed
 * @param warehouse    code of the warehouse the goods go to
 * @param expectedDate when the goods are expected; optional
 * @param currency     ISO 4217 currency of the unit prices
 * @param lines        at least one; each SKU at most once
 */
public record PurchaseOrderDraft(String supplier, String warehouse, LocalDate expectedDate, String currency,
        List<Line> lines) {

    public PurchaseOrderDraft {
        lines = lines == null ? null : List.copyOf(lines);
    }

    /**
     * @param quantity  more than zero, at most the decimals of {@code unit}
     * @param unitPrice price of one {@code unit}: zero or more, at most the currency's minor digits
     * @param unit      the unit ordered in: the product's own (the default) or one it has a conversion for (buy in
     *                  boxes of 12, stock each); the line keeps both the ordered and the converted quantity
     */
    public record Line(String sku, BigDecimal quantity, BigDecimal unitPrice, String unit) {

        /** A line in the product's own unit. */
        public Line(String sku, BigDecimal quantity, BigDecimal unitPrice) {
            this(sku, quantity, unitPrice, null);
        }
    }
}
