package org.backoffice.platform.api.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void numbersHaveAtLeastSixDigits() {
        assertEquals("SO-2026-000042", DocumentNumber.format("SO", 2026, 42));
        assertEquals("JE-2027-999999", DocumentNumber.format("JE", 2027, 999_999));
        // beyond 999,999 numbers a year the number simply grows wider
        assertEquals("JE-2027-1000000", DocumentNumber.format("JE", 2027, 1_000_000));
    }

    @Test
    void aFormattedNumberParsesBack() {
        assertEquals(new DocumentNumber("INV", 2026, 7), DocumentNumber.parse("INV-2026-000007").orElseThrow());
        assertTrue(DocumentNumber.parse("INV-2026-7").isEmpty());
        assertTrue(DocumentNumber.parse("inv-2026-000007").isEmpty());
        assertTrue(DocumentNumber.parse(null).isEmpty());
    }
}
