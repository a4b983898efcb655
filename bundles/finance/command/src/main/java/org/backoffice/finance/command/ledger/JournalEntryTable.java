package org.backoffice.finance.command.ledger;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;

import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalLine;
import org.backoffice.platform.support.shell.Table;

/** Journal entries as a console table: the amount is the sum of the base-currency debits. */
final class JournalEntryTable {

    static final Table<JournalEntry> TABLE = Table.of(JournalEntry.class)
            .column("Id", JournalEntry::id)
            .column("Number", JournalEntry::number)
            .column("Date", JournalEntry::date)
            .column("Status", JournalEntry::status)
            .column("Description", 40, JournalEntry::description)
            .column("Amount", JournalEntryTable::amount)
            .column("Accounts", entry -> entry.lines().stream().map(JournalLine::account).distinct()
                    .collect(Collectors.joining(",")));

    private JournalEntryTable() {
    }

    static BigDecimal amount(JournalEntry entry) {
        return entry.lines().stream().map(JournalLine::baseDebit).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
