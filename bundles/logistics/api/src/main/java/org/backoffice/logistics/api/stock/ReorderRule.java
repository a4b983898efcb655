package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;

/**
 * When and how much of a product to reorder for a warehouse.
 *
 * @param minimum  reorder when available plus on order falls below this; zero or more
 * @param maximum  order up to this; at least {@code minimum}
 * @param supplier preferred supplier's partner code; optional
 * @param multiple order quantities are rounded up to a multiple of this (e.g. a carton); optional, more than zero
 */
public record ReorderRule(String sku, String warehouse, BigDecimal minimum, BigDecimal maximum, String supplier,
        BigDecimal multiple, Long version) {
}
