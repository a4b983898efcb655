package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;

/** What was counted of a product: zero or more, at most the unit's decimals. */
public record CountedQuantity(String sku, BigDecimal counted) {
}
