package org.backoffice.logistics.impl.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void validNumbersOfEveryLengthPass() {
        assertNull(Gtin.problem("96385074"));        // GTIN-8
        assertNull(Gtin.problem("73513537"));        // GTIN-8
        assertNull(Gtin.problem("036000291452"));    // GTIN-12 (UPC-A)
        assertNull(Gtin.problem("4006381333931"));   // GTIN-13 (EAN-13)
        assertNull(Gtin.problem("5901234123457"));   // GTIN-13
        assertNull(Gtin.problem("10614141000002"));  // GTIN-14
        assertNull(Gtin.problem("00012345600012"));  // GTIN-14, leading zeros count
    }

    @Test
    void checkDigitIsComputedWithAlternatingWeightsFromTheRight() {
        // 400638133393, from the right: 3*(3+3+3+8+6+0) + (9+3+1+3+0+4) = 69 + 20 = 89, check (10 - 9) % 10 = 1
        assertEquals(1, Gtin.checkDigit("400638133393"));
        assertEquals(4, Gtin.checkDigit("9638507"));
        assertEquals(2, Gtin.checkDigit("03600029145"));
        assertEquals(0, Gtin.checkDigit("000000000000")); // a sum of 0 gives 0, not 10
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheExpectedOne() {
        String problem = Gtin.problem("4006381333932");
        assertTrue(problem.contains("check digit") && problem.endsWith("must be 1"), problem);
        assertTrue(Gtin.problem("96385075").endsWith("must be 4"));
        assertTrue(Gtin.problem("10614141000001").endsWith("must be 2"));
        // two swapped neighbours change the weighted sum unless they differ by 5
        assertTrue(Gtin.problem("4006383133931").contains("check digit"));
    }

    @Test
    void lengthAndDigitsAreChecked() {
        assertEquals("must have 8, 12, 13 or 14 digits", Gtin.problem("1234567"));
        assertEquals("must have 8, 12, 13 or 14 digits", Gtin.problem("12345678901"));
        assertEquals("must have 8, 12, 13 or 14 digits", Gtin.problem("123456789012345"));
        assertEquals("must contain only digits", Gtin.problem("40063813339A1"));
        assertEquals("must contain only digits", Gtin.problem("4006381 33931"));
    }
}
