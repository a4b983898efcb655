package org.backoffice.logistics.api.sales;

import java.math.BigDecimal;
import java.util.List;

/**
 * A shipment to prepare for a sales order.
 *
 * @param salesOrder the order's id
 * @param packages   one or more; 1 when absent
 * @param lines      what to ship; absent or empty means every line's picked quantity, or its reserved quantity when
 *                   nothing of the line is picked (plus unshipped SERVICE lines)
 */
public record ShipmentDraft(Long salesOrder, String carrier, String trackingNumber, Integer packages,
        List<Line> lines) {

    public record Line(String sku, BigDecimal quantity) {
    }
}
