package org.backoffice.logistics.api.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored sales order.
 *
 * @param number    gapless per year of creation, e.g. {@code SO-2026-000001}
 * @param orderDate the UTC day it was created
 * @param total     the sum of the line totals
 */
public record SalesOrder(long id, String number, String customer, String warehouse, LocalDate orderDate,
        LocalDate requestedDate, String currency, SalesOrderStatus status, List<SalesOrderLine> lines,
        BigDecimal total, String createdBy, Instant createdAt, long version) {
}
