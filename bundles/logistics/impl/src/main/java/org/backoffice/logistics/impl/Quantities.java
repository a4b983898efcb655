package org.backoffice.logistics.impl;

import java.math.BigDecimal;

import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.platform.api.error.Validator;

/** Quantity rules: exact decimals in the product's unit, never rounded, within what DECIMAL(19,4) columns hold. */
public final class Quantities {

    /** Quantities and stock are stored as DECIMAL(19,4): 15 digits before the point. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

    private Quantities() {
    }

    /**
     * Checks a move quantity: present, more than zero (or, when {@code signed}, anything but zero), at most the unit's
     * decimals and below 10^15.
     */
    public static boolean check(Validator v, String field, BigDecimal quantity, UnitEntity uom, boolean signed) {
        if (!v.required(field, quantity)) {
            return false;
        }
        boolean sign = signed ? v.check(quantity.signum() != 0, field, "must not be zero")
                : v.check(quantity.signum() > 0, field, "must be more than zero");
        return sign && precision(v, field, quantity, uom)
                && v.check(quantity.abs().compareTo(LIMIT) < 0, field, "must be less than 10^15");
    }

    /** Checks that a quantity has at most the unit's decimals. */
    public static boolean precision(Validator v, String field, BigDecimal quantity, UnitEntity uom) {
        return v.check(quantity.stripTrailingZeros().scale() <= uom.decimals(), field, rule(uom));
    }

    /** The precision rule of a unit, as problems word it. */
    public static String rule(UnitEntity uom) {
        return uom.decimals() == 0 ? "must be a whole number for unit " + uom
                : "must have at most " + uom.decimals() + " decimals for unit " + uom;
    }

    /**
     * A stored quantity shown with the unit's decimals ({@code 5.0000} PCE → {@code 5}, {@code 2.5} KG →
     * {@code 2.500}), and more only when they carry value, so nothing is ever rounded away.
     */
    public static BigDecimal display(BigDecimal quantity, UnitEntity uom) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.setScale(Math.max(stripped.scale(), uom.decimals()));
    }
}
