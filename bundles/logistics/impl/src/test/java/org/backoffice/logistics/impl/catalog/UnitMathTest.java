package org.backoffice.logistics.impl.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class UnitMathTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void convertsExactlyAndPlainly() {
        assertEquals("120", UnitMath.convert(d("10"), d("12")).toPlainString());
        assertEquals("6", UnitMath.convert(d("0.5"), d("12.000000")).toPlainString());
        assertEquals("1.2", UnitMath.convert(d("0.1"), d("12")).toPlainString());
        assertEquals("2500", UnitMath.convert(d("2.5"), d("1000")).toPlainString()); // never 2.5E+3
    }

    @Test
    void fitsCountsOnlyDecimalsThatCarryValue() {
        assertTrue(UnitMath.fits(d("6.000"), 0));
        assertFalse(UnitMath.fits(d("1.2"), 0));
        assertTrue(UnitMath.fits(d("1.25"), 2));
        assertFalse(UnitMath.fits(d("0.0005"), 3));
    }

    @Test
    void pricePerProductUnitRoundsToFourDecimalsHalfUp() {
        assertEquals("2.5", UnitMath.pricePerProductUnit(d("30.00"), d("12")).toPlainString());
        assertEquals("3.3333", UnitMath.pricePerProductUnit(d("10.00"), d("3")).toPlainString());
        assertEquals("6.6667", UnitMath.pricePerProductUnit(d("20.00"), d("3")).toPlainString());
        assertEquals("40", UnitMath.pricePerProductUnit(d("20.00"), d("0.5")).toPlainString());
    }
}
