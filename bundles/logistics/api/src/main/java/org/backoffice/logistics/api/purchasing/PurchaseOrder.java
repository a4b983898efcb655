package org.backoffice.logistics.api.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


/**
 * A stored purchase order.
 *
 * @param number gapless per year of the order date: {@code PO-2026-000001}
 * @param total  sum of the line totals, in {@code currency}
 */
public record PurchaseOrder(long id, String number, String supplier, String warehouse, LocalDate orderDate,
        LocalDate expectedDate, String currency, PurchaseOrderStatus status, List<Line> lines, BigDecimal total,
        Instant createdAt, String createdBy, long version) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }

    /**
     * Quantities and the unit price are in the product's unit {@code uom}, what stock and receipts count in; a line
     * ordered in another unit also shows what was ordered ({@code 10 BOX at 30.00}).
     *
     * @param open           ordered minus received, never below zero
     * @param unitPrice      price of one {@code uom}; for a line ordered in another unit, its price divided by the
     *                       conversion factor, to 4 decimals
     * @param lineTotal      ordered quantity times unit price (the ordered unit's when there is one), rounded to the
     *                       currency's minor digits
     * @param orderUnit      the unit ordered in when not {@code uom}, else {@code null}
     * @param orderQuantity  the quantity in {@code orderUnit}, else {@code null}
     * @param orderUnitPrice the price of one {@code orderUnit}, else {@code null}
     */
    public record Line(int lineNo, String sku, String uom, BigDecimal quantity, BigDecimal received,
            BigDecimal open, BigDecimal unitPrice, BigDecimal lineTotal, String orderUnit, BigDecimal orderQuantity,
            BigDecimal orderUnitPrice) {
    }
}
