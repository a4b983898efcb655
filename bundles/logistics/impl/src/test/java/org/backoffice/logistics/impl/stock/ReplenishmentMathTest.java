package org.backoffice.logistics.impl.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReplenishmentMathTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static String suggest(String available, String onOrder, String min, String max, String multiple) {
        Optional<BigDecimal> quantity = ReplenishmentMath.suggestion(d(available), d(onOrder), d(min), d(max),
                multiple == null ? null : d(multiple));
        return quantity.map(BigDecimal::toPlainString).orElse("none");
    }

    @Test
    void nothingIsSuggestedWhileAvailablePlusOnOrderReachesTheMinimum() {
        assertEquals("none", suggest("10", "0", "10", "50", null));
        assertEquals("none", suggest("4", "6", "10", "50", null));
        assertEquals("none", suggest("0", "60", "10", "50", null));
    }

    @Test
    void theGapUpToTheMaximumIsSuggested() {
        assertEquals("41", suggest("9", "0", "10", "50", null));
        assertEquals("35", suggest("3", "12", "20", "50", null));
        // negative available (reserved above on hand) widens the gap
        assertEquals("52", suggest("-2", "0", "10", "50", null));
        assertEquals("7.750", suggest("1.250", "0", "2", "9.000", null));
    }

    @Test
    void theSuggestionIsRoundedUpToTheMultiple() {
        assertEquals("48", suggest("9", "0", "10", "50", "12")); // 41 → 4 cartons of 12
        assertEquals("36", suggest("14", "0", "20", "50", "12")); // exactly 36 → 3 cartons
        assertEquals("7.75", suggest("1.25", "0", "2", "9", "0.25"));
        assertEquals("8.0", suggest("1.25", "0", "2", "9", "0.5"));
    }

    @Test
    void crossingCountsOnlyFromAtLeastTheMinimumToBelowIt() {
        assertTrue(ReplenishmentMath.crossedBelowMinimum(d("10"), d("9"), d("10")));
        assertTrue(ReplenishmentMath.crossedBelowMinimum(d("25"), d("0"), d("10")));
        assertFalse(ReplenishmentMath.crossedBelowMinimum(d("9"), d("5"), d("10"))); // already below
        assertFalse(ReplenishmentMath.crossedBelowMinimum(d("12"), d("10"), d("10"))); // still at the minimum
        assertFalse(ReplenishmentMath.crossedBelowMinimum(d("5"), d("15"), d("10"))); // going up
    }
}
