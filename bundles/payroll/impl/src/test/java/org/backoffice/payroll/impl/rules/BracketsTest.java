package org.backoffice.payroll.impl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.payroll.api.rules.Bracket;
import org.junit.jupiter.api.Test;

class BracketsTest {

    /** 0 % to 1,000, 20 % from 1,000 to 3,000, 40 % above. */
    private static final List<Bracket> TAX = List.of(new Bracket(BigDecimal.ZERO, BigDecimal.ZERO),
            new Bracket(new BigDecimal("1000"), new BigDecimal("20")),
            new Bracket(new BigDecimal("3000"), new BigDecimal("40")));

    private static void assertTax(String expected, String base) {
        assertEquals(0, new BigDecimal(expected).compareTo(Brackets.apply(TAX, new BigDecimal(base))),
                "tax on " + base);
    }

    @Test
    void baseOnABandEdgeIsWhollyInTheBandBelow() {
        assertTax("0", "1000");
        assertTax("400", "3000");
    }

    @Test
    void oneCentAboveAnEdgeIsTaxedAtTheNextRate() {
        assertTax("0.002", "1000.01");
        assertTax("400.004", "3000.01");
    }

    @Test
    void bandsAreSummed() {
        assertTax("0", "0");
        assertTax("0", "999.99");
        assertTax("200", "2000");
        assertTax("800", "4000");
        assertTax("200.8", "2004");
    }

    @Test
    void roundedOnceByTheComponent() {
        // 1,000.03: 0.006 → 0.01 rounded once; per-band rounding would also give 0.01 here, so check a sum
        // 3,000.03 (400 + 0.012) → 400.01 after one rounding
        assertEquals(new BigDecimal("400.01"),
                Brackets.apply(TAX, new BigDecimal("3000.03")).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void negativeBaseIsNoTax() {
        assertTax("0", "-50");
    }
}
