package org.backoffice.logistics.api.sales;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.logistics.api.catalog.ProductType;

/**
 * A line of a sales order. For stocked products {@code reserved + backordered + shipped = quantity} once the order is
 * confirmed; {@code picked} is the part of {@code reserved} that has been picked and not shipped yet. SERVICE lines are
 * never reserved or picked.
 *
 * @param lineTotal    {@code quantity × unitPrice}, rounded half-up to the currency's minor digits
 * @param reservations where the reserved quantity lies
 */
public record SalesOrderLine(int lineNo, String sku, ProductType type, String uom, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal lineTotal, BigDecimal reserved, BigDecimal backordered, BigDecimal picked,
        BigDecimal shipped, List<Reservation> reservations) {

    /** Stock held for the line at one location. */
    public record Reservation(String location, BigDecimal reserved, BigDecimal picked) {
    }
}
