package org.backoffice.logistics.impl.catalog;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.backoffice.platform.api.Money;

/**
 * Columns ORDER_UNIT, ORDER_QUANTITY and ORDER_UNIT_PRICE of an order line given in a unit other than its product's
 * (10 BOX at 30.00): what was ordered, beside the line's own quantity and price in the product's unit. Purchase and
 * sales order lines embed it; it is {@code null} on a line in the product's unit (and on lines older than units).
 */
@Embeddable
public class OrderedUnit {

    @Column(name = "ORDER_UNIT", length = UnitEntity.CODE_LENGTH)
    private String unit;

    @Column(name = "ORDER_QUANTITY", precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "ORDER_UNIT_PRICE", precision = 19, scale = 4)
    private BigDecimal price;

    protected OrderedUnit() {
    }

    /** What a converted line at {@code price} per given unit keeps; {@code null} for a line in the product's unit. */
    public static OrderedUnit of(UnitConversions.Converted line, BigDecimal price) {
        if (line.inProductUnit()) {
            return null;
        }
        OrderedUnit ordered = new OrderedUnit();
        ordered.unit = line.unit().code();
        ordered.quantity = line.givenQuantity();
        ordered.price = price;
        return ordered;
    }

    /** The price of one product unit: {@code price} itself, or the given unit's price divided by its factor. */
    public static BigDecimal productUnitPrice(UnitConversions.Converted line, BigDecimal price) {
        return line.inProductUnit() ? price : UnitMath.pricePerProductUnit(price, line.factor());
    }

    public String unit() {
        return unit;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal price() {
        return price;
    }

    /** The quantity as the api shows it: trailing zeros of the DECIMAL(19,4) column gone. */
    public BigDecimal shownQuantity() {
        return UnitMath.convert(quantity, BigDecimal.ONE);
    }

    public BigDecimal shownPrice(String currency) {
        return Money.display(price, currency);
    }

    /** {@code 10 BOX}, as audit lines name it. */
    public String summary() {
        return shownQuantity().toPlainString() + " " + unit;
    }
}
