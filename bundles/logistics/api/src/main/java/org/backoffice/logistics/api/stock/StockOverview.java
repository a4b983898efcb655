package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of stock levels (by SKU, warehouse, location) with the totals per product and warehouse of the pairs on the
 * page, each summed over all of that warehouse's locations (also those on other pages).
 */
public record StockOverview(List<StockLevel> items, long total, int offset, int limit,
        List<WarehouseTotal> warehouses) {

    public StockOverview {
        items = List.copyOf(items);
        warehouses = List.copyOf(warehouses);
    }

    /** A product's stock summed over the locations of one warehouse. */
    public record WarehouseTotal(String sku, String warehouse, BigDecimal onHand, BigDecimal reserved,
            BigDecimal available) {
    }
}
