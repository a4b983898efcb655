package org.backoffice.logistics.api.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.logistics.api.catalog.UnitOfMeasure;

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
     * @param open      ordered minus received, never below zero
     * @param lineTotal ordered quantity times unit price, rounded to the currency's minor digits
     */
    public record Line(int lineNo, String sku, UnitOfMeasure uom, BigDecimal quantity, BigDecimal received,
            BigDecimal open, BigDecimal unitPrice, BigDecimal lineTotal) {
    }
}
