package org.backoffice.logistics.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;


import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.Validator;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    private static List<FieldError> errors(String quantity, UnitEntity uom, boolean signed) {
        Validator v = new Validator();
        Quantities.check(v, "quantity", quantity == null ? null : new BigDecimal(quantity), uom, signed);
        return v.errors();
    }

    @Test
    void quantitiesWithinTheUnitsPrecisionPass() {
        assertTrue(errors("5", TestUnits.PCE, false).isEmpty());
        assertTrue(errors("5.000", TestUnits.PCE, false).isEmpty()); // trailing zeros carry no value
        assertTrue(errors("1E+2", TestUnits.PKG, false).isEmpty());
        assertTrue(errors("0.001", TestUnits.KG, false).isEmpty());
        assertTrue(errors("2.5", TestUnits.L, false).isEmpty());
        assertTrue(errors("1.25", TestUnits.H, false).isEmpty());
        assertTrue(errors("-3", TestUnits.PCE, true).isEmpty());
    }

    @Test
    void moreDecimalsThanTheUnitHasAreRefusedNotRounded() {
        assertEquals(List.of(new FieldError("quantity", "must be a whole number for unit PCE")),
                errors("1.5", TestUnits.PCE, false));
        assertEquals(List.of(new FieldError("quantity", "must have at most 3 decimals for unit KG")),
                errors("0.0005", TestUnits.KG, false));
        assertEquals(List.of(new FieldError("quantity", "must have at most 2 decimals for unit H")),
                errors("-0.125", TestUnits.H, true));
    }

    @Test
    void zeroNegativeMissingAndHugeQuantitiesAreRefused() {
        assertEquals(List.of(new FieldError("quantity", "must be more than zero")), errors("0", TestUnits.PCE,
                false));
        assertEquals(List.of(new FieldError("quantity", "must be more than zero")), errors("-1", TestUnits.PCE,
                false));
        assertEquals(List.of(new FieldError("quantity", "must not be zero")), errors("0.000", TestUnits.KG,
                true));
        assertEquals(List.of(new FieldError("quantity", "is required")), errors(null, TestUnits.KG, false));
        assertEquals(List.of(new FieldError("quantity", "must be less than 10^15")),
                errors("1000000000000000", TestUnits.PCE, false));
        assertFalse(errors("999999999999999", TestUnits.PCE, false).size() > 0);
    }

    @Test
    void storedQuantitiesAreShownWithTheUnitsDecimals() {
        assertEquals("5", Quantities.display(new BigDecimal("5.0000"), TestUnits.PCE).toPlainString());
        assertEquals("2.500", Quantities.display(new BigDecimal("2.5000"), TestUnits.KG).toPlainString());
        assertEquals("100", Quantities.display(new BigDecimal("1E+2"), TestUnits.PCE).toPlainString());
        assertEquals("0.00", Quantities.display(BigDecimal.ZERO, TestUnits.H).toPlainString());
    }
}
