package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;


/**
 * A suggested purchase: {@code available + onOrder < minimum}, so order {@code quantity} (up to the maximum, rounded up
 * to the rule's multiple).
 *
 * @param available on hand minus reserved over the warehouse's locations
 * @param onOrder   open quantity of SENT and PARTIALLY_RECEIVED purchase orders for the warehouse
 */
public record ReplenishmentSuggestion(String sku, String warehouse, String uom, BigDecimal available,
        BigDecimal onOrder, BigDecimal minimum, BigDecimal maximum, BigDecimal multiple, BigDecimal quantity,
        String supplier) {
}
