package org.backoffice.logistics.impl.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.backoffice.logistics.impl.TestUnits;
import org.junit.jupiter.api.Test;

class ReceiptMathTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void openQuantityIsOrderedMinusReceivedAndNeverNegative() {
        assertEquals("6", ReceiptMath.open(d("10"), d("4")).toPlainString());
        assertEquals("0", ReceiptMath.open(d("10"), d("10")).toPlainString());
        assertEquals(0, ReceiptMath.open(d("10"), d("11")).signum()); // received within a tolerance
        assertEquals("0.250", ReceiptMath.open(d("2.500"), d("2.250")).toPlainString());
    }

    @Test
    void withoutToleranceExactlyTheOrderedQuantityFits() {
        assertTrue(ReceiptMath.fits(d("10"), d("4"), d("6"), BigDecimal.ZERO, TestUnits.PCE));
        assertFalse(ReceiptMath.fits(d("10"), d("4"), d("7"), BigDecimal.ZERO, TestUnits.PCE));
        assertFalse(ReceiptMath.fits(d("2.5"), d("2.5"), d("0.001"), BigDecimal.ZERO, TestUnits.KG));
    }

    @Test
    void toleranceIsRoundedDownToWhatTheUnitCanExpress() {
        // 5 % of 10 pieces is half a piece: not a whole one, so nothing extra
        assertEquals("10", ReceiptMath.receivable(d("10"), d("5"), TestUnits.PCE).toPlainString());
        assertEquals("11", ReceiptMath.receivable(d("10"), d("10"), TestUnits.PCE).toPlainString());
        assertEquals("11", ReceiptMath.receivable(d("10"), d("19.9"), TestUnits.PCE).toPlainString());
        // 2.5 % of 3.333 kg = 0.083325 kg → 0.083 kg
        assertEquals("3.416", ReceiptMath.receivable(d("3.333"), d("2.5"), TestUnits.KG).toPlainString());
        assertTrue(ReceiptMath.fits(d("3.333"), d("3"), d("0.416"), d("2.5"), TestUnits.KG));
        assertFalse(ReceiptMath.fits(d("3.333"), d("3"), d("0.417"), d("2.5"), TestUnits.KG));
    }

    @Test
    void lineTotalsAreExactAndRoundedHalfUpToTheCurrencysMinorUnit() {
        assertEquals("12.50", ReceiptMath.lineTotal(d("5"), d("2.50"), "EUR").toPlainString());
        // 1.235 kg at 0.99 = 1.22265 → 1.22
        assertEquals("1.22", ReceiptMath.lineTotal(d("1.235"), d("0.99"), "EUR").toPlainString());
        // 0.5 at 0.01 = 0.005 → 0.01 (half up)
        assertEquals("0.01", ReceiptMath.lineTotal(d("0.5"), d("0.01"), "USD").toPlainString());
        assertEquals("150", ReceiptMath.lineTotal(d("3"), d("50"), "JPY").toPlainString());
        assertEquals("1.235", ReceiptMath.lineTotal(d("1"), d("1.235"), "KWD").toPlainString());
        // 0.1 + 0.2 style sums stay exact
        assertEquals("0.30", ReceiptMath.lineTotal(d("3"), d("0.10"), "EUR").toPlainString());
    }
}
