package org.backoffice.finance.impl.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EntryNumberTest {

    @Test
    void numbersArePaddedToSixDigitsPerFiscalYear() {
        assertEquals("JE-2026-000001", JpaLedgerService.number(2026, 1));
        assertEquals("JE-2026-000042", JpaLedgerService.number(2026, 42));
        assertEquals("JE-2027-999999", JpaLedgerService.number(2027, 999_999));
        assertEquals("JE-2027-1000000", JpaLedgerService.number(2027, 1_000_000));
    }
}
