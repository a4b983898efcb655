package org.backoffice.finance.api.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored journal entry.
 *
 * @param number     gapless per fiscal year once posted, e.g. {@code JE-2026-000001}; {@code null} for drafts
 * @param reversalOf id of the entry this one reverses, if any
 * @param reversedBy id of the entry that reverses this one, if any
 */
public record JournalEntry(long id, String number, LocalDate date, String period, String description, String reference,
        String source, String sourceDocument, EntryStatus status, Long reversalOf, Long reversedBy, Instant postedAt,
        String postedBy, List<JournalLine> lines) {

    public JournalEntry {
        lines = List.copyOf(lines);
    }
}
