package org.backoffice.finance.impl.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class JournalNumbersTest {

    @Test
    void numbersArePaddedToSixDigitsPerFiscalYear() {
        assertEquals("JE-2026-000001", JournalNumbers.format(JournalNumbers.JOURNAL, 2026, 1));
        assertEquals("JE-2026-000042", JournalNumbers.format(JournalNumbers.JOURNAL, 2026, 42));
        assertEquals("JE-2027-999999", JournalNumbers.format(JournalNumbers.JOURNAL, 2027, 999_999));
        assertEquals("JE-2027-1000000", JournalNumbers.format(JournalNumbers.JOURNAL, 2027, 1_000_000));
        assertEquals("INV-2026-000007", JournalNumbers.format(LedgerTransaction.INVOICE, 2026, 7));
    }

    @Test
    void aFiscalYearOpensTheJournalAndEveryDocumentSeries() {
        assertEquals("BILL-2026", JournalNumbers.series(LedgerTransaction.BILL, 2026));
        assertEquals(List.of("JE-2026", "INV-2026", "CN-2026", "RC-2026", "BILL-2026", "PAY-2026"),
                JournalNumbers.seriesOfYear(2026));
    }
}
