package org.backoffice.finance.api.ledger;

import java.time.LocalDate;

/** Filters for {@link LedgerService#find}; null fields do not filter. {@code account} matches any line. */
public record JournalQuery(LocalDate from, LocalDate to, String account, EntryStatus status) {
}
