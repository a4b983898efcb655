package org.backoffice.finance.impl.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalLine;
import org.backoffice.finance.api.ledger.PeriodStatus;
import org.backoffice.finance.impl.ledger.periods.Periods;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.NewEvent;
import org.backoffice.platform.api.numbers.DocumentNumber;

/**
 * How the ledger keeps checked entries in a posting batch: stored as drafts or posted (numbered in the fiscal year's
 * series, added to the balances, audited, announced as JOURNAL_ENTRY_POSTED), read back, and the open-period check.
 * {@link JpaLedgerService} decides what to store; this writes it.
 */
final class JournalStore {

    private final int firstMonth;

    JournalStore(int firstMonth) {
        this.firstMonth = firstMonth;
    }

    /** Stores a checked entry: posted (numbered, balances, audit, event) or as a draft. */
    JournalEntry store(PostingBatch batch, LocalDate date, String period, String description,
            String reference, String source, String sourceDocument, Long reversalOf, boolean post,
            List<PostingRules.Line> lines) {
        Instant now = Instant.now();
        String user = batch.user();
        List<JournalLine> stored = new ArrayList<>(lines.size());
        for (PostingRules.Line line : lines) {
            stored.add(new JournalLine(stored.size() + 1, line.account(), Money.display(line.debit(), line.currency()),
                    Money.display(line.credit(), line.currency()), line.currency(), line.rate().stripTrailingZeros(),
                    Money.display(line.baseDebit(), null), Money.display(line.baseCredit(), null), line.partner(),
                    line.memo()));
        }
        JournalEntry entry = new JournalEntry(batch.nextId(JournalEntryEntity.class), post ? number(batch, date) : null,
                date, period, description, reference, source, sourceDocument,
                post ? EntryStatus.POSTED : EntryStatus.DRAFT, reversalOf, null, post ? now : null, post ? user : null,
                stored);
        batch.insert(entry, now, user);
        if (post) {
            posted(batch, entry);
        } else {
            batch.audit(auditEntry(batch, FinanceModule.ENTITY_JOURNAL_ENTRY, Long.toString(entry.id()), AuditEntry.CREATE,
                    new ChangeSet().created("status", EntryStatus.DRAFT).created("description", description)));
        }
        return entry;
    }

    /** What follows a posting: balances, audit record and JOURNAL_ENTRY_POSTED, all written with the group. */
    void posted(PostingBatch batch, JournalEntry entry) {
        batch.addToBalances(entry.period(), entry.lines());
        // the number and every other field are on the immutable entry itself: the record says who posted it, when
        batch.audit(auditEntry(batch, FinanceModule.ENTITY_JOURNAL_ENTRY, Long.toString(entry.id()), "POST",
                new ChangeSet()));
        batch.event(new NewEvent(FinanceModule.TOPIC_JOURNAL_ENTRY_POSTED, entry.number(), postedPayload(entry),
                batch.user()));
    }

    /** What JOURNAL_ENTRY_POSTED carries: the entry's id, number, date, period, base total and accounts. */
    static Map<String, Object> postedPayload(JournalEntry entry) {
        BigDecimal total = entry.lines().stream().map(JournalLine::baseDebit)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> payload = new HashMap<>();
        payload.put("id", entry.id());
        payload.put("number", entry.number());
        payload.put("date", entry.date().toString());
        payload.put("period", entry.period());
        payload.put("total", total);
        payload.put("accounts", entry.lines().stream().map(JournalLine::account).distinct().sorted().toList());
        if (entry.reversalOf() != null) {
            payload.put("reversalOf", entry.reversalOf());
        }
        return payload;
    }

    /** An audit entry for the work's user (the group's records are written later, by the writer). */
    static AuditEntry auditEntry(PostingBatch batch, String entity, String id, String action,
            ChangeSet changes) {
        return new AuditEntry(FinanceModule.ID, entity, id, action, changes.changes(), batch.user());
    }

    String number(PostingBatch batch, LocalDate date) {
        int fiscalYear = Periods.fiscalYearOf(date, firstMonth);
        return DocumentNumber.format(JournalNumbers.JOURNAL, fiscalYear,
                batch.nextNumber(JournalNumbers.JOURNAL, fiscalYear));
    }

    /** An entry as stored now; not kept in the persistence context, since the writer changes rows through JDBC. */
    static JournalEntry load(PostingBatch batch, long entryId) {
        batch.flushJournal(); // it may have been posted by this very work
        JournalEntryEntity entity = batch.em().find(JournalEntryEntity.class, entryId);
        if (entity == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_JOURNAL_ENTRY, Long.toString(entryId));
        }
        JournalEntry entry = entity.toEntry();
        batch.em().detach(entity);
        return entry;
    }

    static String openPeriod(PostingBatch batch, LocalDate date, String field) {
        String id = Periods.idOf(date);
        Optional<PeriodStatus> status = batch.periodStatus(id);
        if (status.isEmpty()) {
            throw ValidationFailedException.of(field, "there is no fiscal period " + id + "; open its fiscal year"
                    + " first");
        }
        if (status.get() != PeriodStatus.OPEN) {
            throw ValidationFailedException.of(field, "period " + id + " is closed");
        }
        return id;
    }
}
