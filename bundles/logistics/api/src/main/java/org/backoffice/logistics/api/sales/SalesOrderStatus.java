package org.backoffice.logistics.api.sales;

/**
 * Where a sales order stands: DRAFT → CONFIRMED (stock reserved) → PICKING (on a pick list) → SHIPPED, or
 * PARTIALLY_SHIPPED while some ordered quantity has not left; CANCELLED from DRAFT, CONFIRMED or PICKING.
 */
public enum SalesOrderStatus {
    DRAFT,
    CONFIRMED,
    PICKING,
    PARTIALLY_SHIPPED,
    SHIPPED,
    CANCELLED
}
