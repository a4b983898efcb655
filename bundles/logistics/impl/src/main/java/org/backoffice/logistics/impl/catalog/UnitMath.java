package org.backoffice.logistics.impl.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact unit arithmetic: a converted quantity is either exact in the target unit or refused, never rounded. */
public final class UnitMath {

    /** Unit prices are stored as DECIMAL(19,4). */
    static final int PRICE_SCALE = 4;

    private UnitMath() {
    }

    /** {@code quantity × factor}, trailing zeros stripped (never in E notation). */
    public static BigDecimal convert(BigDecimal quantity, BigDecimal factor) {
        return plain(quantity.multiply(factor));
    }

    /** Whether {@code quantity} has at most {@code decimals} decimals once trailing zeros go. */
    public static boolean fits(BigDecimal quantity, int decimals) {
        return quantity.stripTrailingZeros().scale() <= decimals;
    }

    /** The price of one unit of the product's own when one {@code factor}-sized unit costs {@code price}. */
    public static BigDecimal pricePerProductUnit(BigDecimal price, BigDecimal factor) {
        return plain(price.divide(factor, PRICE_SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
