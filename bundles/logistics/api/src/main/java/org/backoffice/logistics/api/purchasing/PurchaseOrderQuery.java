package org.backoffice.logistics.api.purchasing;

import java.time.LocalDate;

/**
 * Filters for {@link PurchasingService#find}; {@code null} fields do not filter.
 *
 * @param from first order date, inclusive
 * @param to   last order date, inclusive
 */
public record PurchaseOrderQuery(String supplier, PurchaseOrderStatus status, String warehouse, LocalDate from,
        LocalDate to) {

    public static PurchaseOrderQuery all() {
        return new PurchaseOrderQuery(null, null, null, null, null);
    }
}
