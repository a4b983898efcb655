package org.backoffice.logistics.api.sales;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.logistics.api.catalog.ProductType;

/**
 * A line of a sales order. For stocked products {@code reserved + backordered + shipped = quantity} once the order is
 * confirmed; {@code picked} is the part of {@code reserved} that has been picked and not shipped yet. SERVICE lines are
 * never reserved or picked.
 *
 * Quantities and the unit price are in the product's unit {@code uom}, what stock, picking and shipping count in; a
 * line sold in another unit also shows what was ordered ({@code 2 BOX at 30.00}).
 *
 * @param unitPrice      price of one {@code uom}; for a line sold in another unit, its price divided by the
 *                       conversion factor, to 4 decimals
 * @param lineTotal      {@code quantity × unitPrice} (the sold unit's when there is one), rounded half-up to the
 *                       currency's minor digits
 * @param reservations   where the reserved quantity lies
 * @param orderUnit      the unit sold in when not {@code uom}, else {@code null}
 * @param orderQuantity  the quantity in {@code orderUnit}, else {@code null}
 * @param orderUnitPrice the price of one {@code orderUnit}, else {@code null}
 */
public record SalesOrderLine(int lineNo, String sku, ProductType type, String uom, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal lineTotal, BigDecimal reserved, BigDecimal backordered, BigDecimal picked,
        BigDecimal shipped, List<Reservation> reservations, String orderUnit, BigDecimal orderQuantity,
        BigDecimal orderUnitPrice) {

    /** Stock held for the line at one location. */
    public record Reservation(String location, BigDecimal reserved, BigDecimal picked) {
    }
}
