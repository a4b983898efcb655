package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;

/** Stock of one product at one location; {@code available = onHand - reserved}. */
public record StockLevel(String sku, String warehouse, String location, BigDecimal onHand, BigDecimal reserved,
        BigDecimal available) {
}
