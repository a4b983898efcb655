package org.backoffice.logistics.api.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;


/** What to take from where for one or more sales orders (a wave). */
public record PickList(long id, String number, PickListStatus status, String warehouse, List<Long> orders,
        List<Line> lines, String createdBy, Instant createdAt) {

    /**
     * @param quantity to pick: the reserved quantity at the location not picked yet
     * @param picked   what was actually picked; {@code null} until the line is confirmed
     */
    public record Line(long id, long orderId, String orderNumber, int orderLine, String sku, String uom,
            String location, BigDecimal quantity, BigDecimal picked, Instant confirmedAt) {
    }
}
