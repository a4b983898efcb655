package org.backoffice.finance.api.ledger;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The journal. Every rule is enforced here, whoever calls: debits equal credits in the base currency, amounts positive
 * with at most the currency's decimals, accounts exist, are postable and active, the period is open, a line is a debit
 * or a credit. Posting updates the account balances, is audited and announces {@code JOURNAL_ENTRY_POSTED}, all in one
 * transaction.
 */
@ProviderType
public interface LedgerService {

    /** Records the entry as a draft, or posts it when {@code draft.post()} is true. */
    JournalEntry record(JournalEntryDraft draft);

    /**
     * Like {@link #record(JournalEntryDraft)} without waiting: the stage completes once the entry is committed, or
     * exceptionally with the problem that refused it. For callers that post many entries (imports, bridges): keeping
     * several in flight lets the ledger commit them together. Rules that need no database are checked before this
     * returns, and break it with the same exception {@code record} throws.
     */
    CompletionStage<JournalEntry> recordAsync(JournalEntryDraft draft);

    /**
     * Like {@link #record(JournalEntryDraft)}, once per key: the same key with the same entry returns the entry recorded
     * the first time; the same key with a different entry is a validation failure.
     */
    JournalEntry record(JournalEntryDraft draft, String idempotencyKey);

    /** Records up to {@value #MAX_BATCH} entries in one transaction: all of them, or none when one breaks a rule. */
    java.util.List<JournalEntry> recordAll(java.util.List<JournalEntryDraft> drafts);

    /** The most entries {@link #recordAll} takes. */
    int MAX_BATCH = 1000;

    /**
     * Year-end close: posts, on the last day of the fiscal year, the entry that brings every income and expense
     * account of the year to zero against retained earnings, then closes the year's periods.
     */
    JournalEntry closeYear(int fiscalYear);

    /** Posts a draft. */
    JournalEntry post(long entryId);

    /** Posts a new entry with the opposite lines, dated {@code date} (the original's date when null), linked both ways. */
    JournalEntry reverse(long entryId, LocalDate date);

    Optional<JournalEntry> get(long entryId);

    JournalEntry require(long entryId);

    /** Newest first. */
    Page<JournalEntry> find(JournalQuery query, PageRequest page);
}
