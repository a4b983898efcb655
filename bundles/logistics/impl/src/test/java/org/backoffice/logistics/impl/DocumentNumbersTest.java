package org.backoffice.logistics.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void documentNumbersHaveSixDigitsPerYear() {
        assertEquals("SO-2026-000001", DocumentNumbers.format("SO", 2026, 1));
        assertEquals("SH-2027-123456", DocumentNumbers.format("SH", 2027, 123456));
        assertEquals("PO-2026-1234567", DocumentNumbers.format(DocumentNumbers.PURCHASE_ORDER, 2026, 1234567));
    }
}
