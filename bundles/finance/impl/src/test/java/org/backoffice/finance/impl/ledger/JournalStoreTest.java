package org.backoffice.finance.impl.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalLine;
import org.junit.jupiter.api.Test;

class JournalStoreTest {

    private static JournalLine line(int no, String account, String debit, String credit) {
        BigDecimal d = debit == null ? null : new BigDecimal(debit);
        BigDecimal c = credit == null ? null : new BigDecimal(credit);
        return new JournalLine(no, account, d, c, "EUR", BigDecimal.ONE, d, c, null, null);
    }

    private static JournalEntry entry(Long reversalOf, JournalLine... lines) {
        return new JournalEntry(7, "JE-2026-000007", LocalDate.of(2026, 11, 30), "2026-11", "Rent", null, "MANUAL",
                null, EntryStatus.POSTED, reversalOf, null, Instant.parse("2026-11-30T10:00:00Z"), "alice",
                List.of(lines));
    }

    @Test
    void thePostedEventCarriesTheBaseTotalAndTheAccountsOnceEachInOrder() {
        Map<String, Object> payload = JournalStore.postedPayload(entry(null, line(1, "6000", "800.00", null),
                line(2, "6000", "200.00", null), line(3, "1200", null, "1000.00")));
        assertEquals(7L, payload.get("id"));
        assertEquals("JE-2026-000007", payload.get("number"));
        assertEquals("2026-11-30", payload.get("date"));
        assertEquals("2026-11", payload.get("period"));
        assertEquals(0, new BigDecimal("1000.00").compareTo((BigDecimal) payload.get("total")));
        assertEquals(List.of("1200", "6000"), payload.get("accounts"));
        assertFalse(payload.containsKey("reversalOf"));
    }

    @Test
    void aReversalSaysWhichEntryItReverses() {
        Map<String, Object> payload = JournalStore.postedPayload(entry(3L, line(1, "1200", "5.00", null),
                line(2, "6000", null, "5.00")));
        assertEquals(3L, payload.get("reversalOf"));
    }
}
