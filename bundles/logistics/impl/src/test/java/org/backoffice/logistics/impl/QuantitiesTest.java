package org.backoffice.logistics.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.logistics.api.catalog.UnitOfMeasure;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.Validator;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    private static List<FieldError> errors(String quantity, UnitOfMeasure uom, boolean signed) {
        Validator v = new Validator();
        Quantities.check(v, "quantity", quantity == null ? null : new BigDecimal(quantity), uom, signed);
        return v.errors();
    }

    @Test
    void quantitiesWithinTheUnitsPrecisionPass() {
        assertTrue(errors("5", UnitOfMeasure.PCE, false).isEmpty());
        assertTrue(errors("5.000", UnitOfMeasure.PCE, false).isEmpty()); // trailing zeros carry no value
        assertTrue(errors("1E+2", UnitOfMeasure.PKG, false).isEmpty());
        assertTrue(errors("0.001", UnitOfMeasure.KG, false).isEmpty());
        assertTrue(errors("2.5", UnitOfMeasure.L, false).isEmpty());
        assertTrue(errors("1.25", UnitOfMeasure.H, false).isEmpty());
        assertTrue(errors("-3", UnitOfMeasure.PCE, true).isEmpty());
    }

    @Test
    void moreDecimalsThanTheUnitHasAreRefusedNotRounded() {
        assertEquals(List.of(new FieldError("quantity", "must be a whole number for unit PCE")),
                errors("1.5", UnitOfMeasure.PCE, false));
        assertEquals(List.of(new FieldError("quantity", "must have at most 3 decimals for unit KG")),
                errors("0.0005", UnitOfMeasure.KG, false));
        assertEquals(List.of(new FieldError("quantity", "must have at most 2 decimals for unit H")),
                errors("-0.125", UnitOfMeasure.H, true));
    }

    @Test
    void zeroNegativeMissingAndHugeQuantitiesAreRefused() {
        assertEquals(List.of(new FieldError("quantity", "must be more than zero")), errors("0", UnitOfMeasure.PCE,
                false));
        assertEquals(List.of(new FieldError("quantity", "must be more than zero")), errors("-1", UnitOfMeasure.PCE,
                false));
        assertEquals(List.of(new FieldError("quantity", "must not be zero")), errors("0.000", UnitOfMeasure.KG,
                true));
        assertEquals(List.of(new FieldError("quantity", "is required")), errors(null, UnitOfMeasure.KG, false));
        assertEquals(List.of(new FieldError("quantity", "must be less than 10^15")),
                errors("1000000000000000", UnitOfMeasure.PCE, false));
        assertFalse(errors("999999999999999", UnitOfMeasure.PCE, false).size() > 0);
    }

    @Test
    void storedQuantitiesAreShownWithTheUnitsDecimals() {
        assertEquals("5", Quantities.display(new BigDecimal("5.0000"), UnitOfMeasure.PCE).toPlainString());
        assertEquals("2.500", Quantities.display(new BigDecimal("2.5000"), UnitOfMeasure.KG).toPlainString());
        assertEquals("100", Quantities.display(new BigDecimal("1E+2"), UnitOfMeasure.PCE).toPlainString());
        assertEquals("0.00", Quantities.display(BigDecimal.ZERO, UnitOfMeasure.H).toPlainString());
    }
}
