package org.backoffice.logistics.api.catalog;

import java.math.BigDecimal;

/**
 * How many of a product's own unit one other unit holds, for that product only: a box of 12 ({@code BOX}, factor 12)
 * for a product counted in {@code PCE}. Purchase and sales order lines and goods receipts may then be given in
 * {@code BOX}; stock is always kept in the product's own unit.
 *
 * @param unit   code of an active unit other than the product's own
 * @param factor more than zero, at most 6 decimals: one {@code unit} is {@code factor} of the product's unit
 */
public record UnitConversion(String unit, BigDecimal factor) {
}
