package org.backoffice.logistics.api.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;


/**
 * A shipment of (part of) a sales order.
 *
 * @param number       gapless per year, e.g. {@code SH-2026-000001}
 * @param dispatchedAt when its stock was issued; {@code null} while DRAFT
 * @param total        the sum of the line totals, in the order's currency
 */
public record Shipment(long id, String number, long orderId, String orderNumber, String customer, String warehouse,
        String carrier, String trackingNumber, int packages, ShipmentStatus status, String currency,
        List<Line> lines, BigDecimal total, String createdBy, Instant createdAt, Instant dispatchedAt) {

    /** @param lineTotal {@code quantity × unitPrice}, rounded half-up to the currency's minor digits */
    public record Line(int orderLine, String sku, String uom, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal lineTotal) {
    }
}
