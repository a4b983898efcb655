package org.backoffice.finance.impl.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.finance.impl.ledger.periods.Periods;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.event.NewEvent;
import org.backoffice.platform.api.numbers.DocumentNumber;

/**
 * What a finance document service gets inside the posting writer's group transaction (see
 * {@link JpaLedgerService#inPostingTransaction}). The rule for works: check everything first ({@link #check}),
 * then take numbers, post, change rows. A refusal before anything was written fails the work alone; numbers taken,
 * entries posted and rows {@link #wrote counted} make any later failure roll the whole group back (and it is retried
 * one work at a time), so a document and its journal entry are never committed apart and no number is lost.
 */
public final class LedgerTransaction {

    public static final String INVOICE = "INV";
    public static final String CREDIT_NOTE = "CN";
    public static final String RECEIPT = "RC";
    public static final String BILL = "BILL";
    public static final String SUPPLIER_PAYMENT = "PAY";

    /** A draft checked against the ledger, ready to post. */
    public record Checked(JournalEntryDraft draft, List<PostingRules.Line> lines) {
    }

    private final JpaLedgerService ledger;
    private final PostingBatch batch;

    LedgerTransaction(JpaLedgerService ledger, PostingBatch batch) {
        this.ledger = ledger;
        this.batch = batch;
    }

    /** The writer's entity manager; flush what you change, then call {@link #wrote}. */
    public EntityManager em() {
        return batch.em();
    }

    public String user() {
        return batch.user();
    }

    /** A new id from the entity's table generator, for rows a work writes through JDBC batches. */
    public long nextId(Class<?> entity) {
        return batch.nextId(entity);
    }

    /** Checks a draft as {@code LedgerService.record} would (shape, open period, accounts, rates); writes nothing. */
    public Checked check(JournalEntryDraft draft) {
        ledger.rules().checkShape(draft);
        return new Checked(draft, ledger.prepare(batch, draft));
    }

    /** Whether the account exists (read through the writer's account cache, no query once it is cached). */
    public boolean accountExists(String code) {
        return !batch.accounts(List.of(code)).isEmpty();
    }

    /** The next number of a gapless series per fiscal year of {@code date}, e.g. {@code INV-2026-000001}. */
    public String nextNumber(String prefix, LocalDate date) {
        int fiscalYear = Periods.fiscalYearOf(date, ledger.firstMonth());
        return DocumentNumber.format(prefix, fiscalYear, batch.nextNumber(prefix, fiscalYear));
    }

    /** Posts a checked entry for the document {@code sourceDocument}. */
    public JournalEntry post(Checked checked, String sourceDocument) {
        return ledger.storePosted(batch, checked.draft(), checked.lines(), sourceDocument);
    }

    /** Reverses a posted entry on {@code date} (its own date when absent), as {@code LedgerService.reverse}. */
    public JournalEntry reverse(long entryId, LocalDate date) {
        return ledger.reverse(batch, entryId, date);
    }

    /**
     * Queues one row of a document table for a multi-row insert (see {@link PostingBatch#queue}); it is stored by the
     * end of the work, or by {@link #flushRows} before the work reads the table.
     */
    public void queue(String into, int[] types, Object... row) {
        batch.queue(into, types, row);
    }

    /** Writes the rows queued so far (journal rows and {@link #queue documents}). */
    public void flushRows() {
        batch.flushJournal();
    }

    public void wrote(int rows) {
        batch.wrote(rows);
    }

    public void audit(String entity, String id, String action, ChangeSet changes) {
        batch.audit(JournalStore.auditEntry(batch, entity, id, action, changes));
    }

    public void event(String topic, String key, Map<String, ?> payload) {
        batch.event(new NewEvent(topic, key, payload, batch.user()));
    }

}
