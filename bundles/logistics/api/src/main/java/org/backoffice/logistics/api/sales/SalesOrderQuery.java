package org.backoffice.logistics.api.sales;

import java.time.LocalDate;

/**
 * Filters for {@link SalesOrderService#find}; {@code null} fields do not filter.
 *
 * @param from first order date, inclusive
 * @param to   last order date, inclusive
 */
public record SalesOrderQuery(String customer, SalesOrderStatus status, String warehouse, LocalDate from,
        LocalDate to) {

    public static SalesOrderQuery all() {
        return new SalesOrderQuery(null, null, null, null, null);
    }
}
