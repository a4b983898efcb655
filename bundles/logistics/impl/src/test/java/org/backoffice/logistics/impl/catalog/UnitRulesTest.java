package org.backoffice.logistics.impl.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.logistics.api.catalog.UnitConversion;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class UnitRulesTest {

    private static List<FieldError> errors(Unit unit) {
        return assertThrows(ValidationFailedException.class, () -> UnitRules.check(unit, true)).errors();
    }

    private static List<FieldError> errors(UnitConversion conversion) {
        return assertThrows(ValidationFailedException.class, () -> UnitRules.check(conversion)).errors();
    }

    @Test
    void acceptsTradeUnitsInAnyScript() {
        assertDoesNotThrow(() -> UnitRules.check(new Unit("PAIR", "זוג · 双 · زوج", "PR", 0, null, null), true));
        assertDoesNotThrow(() -> UnitRules.check(new Unit("BOX", "Box of 12", null, 0, null, null), true));
    }

    @Test
    void namesTheFieldAndTheRule() {
        assertEquals(List.of(new FieldError("code", "must start with a letter or digit and contain only letters,"
                + " digits, '-', '_' and '.'")), errors(new Unit("-X", "x", null, 0, null, null)));
        assertEquals(List.of(new FieldError("decimals", "must be from 0 to 4")),
                errors(new Unit("X", "x", null, 5, null, null)));
        assertEquals(List.of(new FieldError("decimals", "is required")),
                errors(new Unit("X", "x", null, null, null, null)));
        assertEquals("uneceCode", errors(new Unit("X", "x", "box", 0, null, null)).get(0).field());
        assertEquals("code", errors(new Unit("ABCDEFGHIJK", "x", null, 0, null, null)).get(0).field());
    }

    @Test
    void conversionFactorMustBePositiveWithAtMostSixDecimals() {
        assertDoesNotThrow(() -> UnitRules.check(new UnitConversion("BOX", new BigDecimal("12"))));
        assertDoesNotThrow(() -> UnitRules.check(new UnitConversion("G", new BigDecimal("0.001000"))));
        assertEquals(List.of(new FieldError("factor", "must be more than zero")),
                errors(new UnitConversion("BOX", BigDecimal.ZERO)));
        assertEquals(List.of(new FieldError("factor", "must have at most 6 decimals")),
                errors(new UnitConversion("BOX", new BigDecimal("0.0000001"))));
        assertEquals(List.of(new FieldError("unit", "is required")), errors(new UnitConversion(null, BigDecimal.ONE)));
    }
}
