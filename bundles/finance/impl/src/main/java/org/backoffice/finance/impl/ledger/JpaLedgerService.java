package org.backoffice.finance.impl.ledger;

import static org.backoffice.finance.impl.ledger.JournalStore.auditEntry;
import static org.backoffice.finance.impl.ledger.JournalStore.load;
import static org.backoffice.finance.impl.ledger.JournalStore.openPeriod;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLine;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.ledger.JournalQuery;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.finance.api.ledger.PeriodStatus;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Hashes;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.ledger.periods.PeriodEntity;
import org.backoffice.finance.impl.ledger.periods.Periods;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The journal. Reads go through JPA; every write goes through the one {@link PostingWriter}, whose group transaction
 * ({@link PostingBatch}) stores entries and lines through JDBC and writes what postings share (number series,
 * balances in key order, audit records, events) once per group. Entries are numbered before they are stored, so a
 * posted entry is one insert. How an entry is stored, numbered and announced is {@link JournalStore}'s.
 */
@Component(service = {LedgerService.class, PostingTransactions.class}, configurationPid = FinanceConfig.PID)
public final class JpaLedgerService implements LedgerService, PostingTransactions {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final ReferenceData referenceData;
    private final EventLog events;
    private final PostingRules rules;
    private final int firstMonth;
    private final String baseCurrency;
    private final String retainedEarningsAccount;
    private final EntityManagerFactory emf;
    private final PostingWriter writer;
    private final JournalStore journal;

    @Activate
    public JpaLedgerService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference(target = Jpa.UNIT_FILTER) EntityManagerFactory emf, @Reference EventLog events,
            @Reference ReferenceData referenceData, @Reference NumberSeries numbers, LedgerConfig ledgerConfig) {
        this.jpa = jpa;
        this.emf = emf;
        this.audit = audit;
        this.referenceData = referenceData;
        this.events = events;
        this.rules = new PostingRules(ledgerConfig.baseCurrency(), ledgerConfig.roundingAccount());
        this.firstMonth = ledgerConfig.fiscalYearStartMonth();
        this.baseCurrency = ledgerConfig.baseCurrency();
        this.retainedEarningsAccount = ledgerConfig.retainedEarningsAccount();
        this.writer = new PostingWriter(emf, audit, events, numbers, referenceData);
        this.journal = new JournalStore(firstMonth);
    }

    @Deactivate
    void stop() {
        writer.close();
    }

    /** The source of year-end closing entries. */
    static final String YEAR_END = "YEAR_END";

    @Override
    public JournalEntry record(JournalEntryDraft draft) {
        rules.checkShape(draft);
        return write(batch -> insert(batch, draft));
    }

    @Override
    public CompletionStage<JournalEntry> recordAsync(JournalEntryDraft draft) {
        rules.checkShape(draft);
        String user = Actor.currentUser();
        return writer.submitAsync(batch -> batch.runAs(user, b -> insert(b, draft)));
    }

    /**
     * Every write that posts goes through the one posting writer (see {@link PostingWriter}), as the current user,
     * which the batch holds while the work runs.
     */
    private <T> T write(Function<PostingBatch, T> work) {
        String user = Actor.currentUser();
        return writer.submit(batch -> batch.runAs(user, work));
    }

    @Override
    public JournalEntry record(JournalEntryDraft draft, String idempotencyKey) {
        if (idempotencyKey == null) {
            return record(draft);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ValidationFailedException.of("Idempotency-Key", "must be 1 to 200 characters");
        }
        rules.checkShape(draft);
        String hash = Hashes.sha256(draft.toString());
        return write(batch -> {
            IdempotencyEntity seen = batch.em().find(IdempotencyEntity.class, idempotencyKey);
            if (seen != null) {
                if (!seen.requestHash().equals(hash)) {
                    throw ValidationFailedException.of("Idempotency-Key", "was already used for a different entry");
                }
                return load(batch, seen.entryId());
            }
            JournalEntry entry = insert(batch, draft);
            batch.em().persist(new IdempotencyEntity(idempotencyKey, hash, entry.id(), Instant.now()));
            return entry;
        });
    }

    @Override
    public List<JournalEntry> recordAll(List<JournalEntryDraft> drafts) {
        rules.checkShapes(drafts, MAX_BATCH);
        return write(batch -> {
            List<JournalEntry> recorded = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                try {
                    recorded.add(insert(batch, drafts.get(i)));
                } catch (ValidationFailedException e) {
                    throw e.prefixed("entries[" + i + "].");
                }
            }
            return recorded;
        });
    }

    @Override
    public JournalEntry closeYear(int fiscalYear) {
        return write(batch -> {
            EntityManager em = batch.em();
            List<PeriodEntity> periods = em.createQuery("SELECT p FROM PeriodEntity p WHERE p.fiscalYear = :year"
                    + " ORDER BY p.id", PeriodEntity.class).setParameter("year", fiscalYear).getResultList();
            if (periods.isEmpty()) {
                throw new NotFoundProblem("Fiscal year", Integer.toString(fiscalYear));
            }
            PeriodEntity last = periods.get(periods.size() - 1);
            if (last.status() != PeriodStatus.OPEN) {
                throw ValidationFailedException.of("year", "the last period " + last.id() + " is closed; reopen it"
                        + " to post the closing entry");
            }
            batch.flushJournal();
            boolean closedBefore = !em.createQuery("SELECT e.id FROM JournalEntryEntity e WHERE e.source = :source"
                    + " AND e.sourceDocument = :year AND e.reversedBy IS NULL", Long.class)
                    .setParameter("source", YEAR_END).setParameter("year", Integer.toString(fiscalYear))
                    .getResultList().isEmpty();
            if (closedBefore) {
                throw new ConflictProblem("fiscal year " + fiscalYear + " is already closed");
            }
            AccountEntity retained = JpaAccountService.find(em, retainedEarningsAccount).orElseThrow(
                    () -> ValidationFailedException.of("retainedEarningsAccount", "account '"
                            + retainedEarningsAccount + "' does not exist"));
            // postings earlier in this group must be in the balances read below
            batch.writeBalances();
            List<Object[]> sums = em.createQuery("SELECT b.account, SUM(b.debit), SUM(b.credit) FROM BalanceEntity b,"
                    + " AccountEntity a WHERE a.code = b.account AND (a.type = :income OR a.type = :expense)"
                    + " AND b.period >= :first AND b.period <= :last GROUP BY b.account ORDER BY b.account",
                    Object[].class)
                    .setParameter("income", AccountType.INCOME)
                    .setParameter("expense", AccountType.EXPENSE)
                    .setParameter("first", periods.get(0).id()).setParameter("last", last.id()).getResultList();
            Map<String, BigDecimal> balances = new LinkedHashMap<>();
            sums.forEach(row -> balances.put((String) row[0], ((BigDecimal) row[1]).subtract((BigDecimal) row[2])));
            List<PostingRules.Line> lines = YearEndClose.lines(balances, retained.code(), fiscalYear, baseCurrency);
            JournalEntry closing = journal.store(batch, last.toPeriod().end(), last.id(),
                    "Year-end close " + fiscalYear, null, YEAR_END, Integer.toString(fiscalYear), null, true, lines);
            for (PeriodEntity period : periods) {
                if (period.status() == PeriodStatus.OPEN) {
                    period.setStatus(PeriodStatus.CLOSED);
                }
            }
            em.flush();
            batch.forgetPeriods();
            batch.audit(auditEntry(batch, FinanceModule.ENTITY_PERIOD, Integer.toString(fiscalYear), "CLOSE_YEAR",
                    new ChangeSet().created("closingEntry", closing.number())));
            return closing;
        });
    }

    /** Checks a draft against the ledger and stores it, posting it when asked. */
    private JournalEntry insert(PostingBatch batch, JournalEntryDraft draft) {
        List<PostingRules.Line> lines = prepare(batch, draft);
        return journal.store(batch, draft.date(), Periods.idOf(draft.date()), draft.description(), draft.reference(),
                draft.source() == null ? JournalEntryDraft.MANUAL : draft.source(), draft.sourceDocument(), null,
                Boolean.TRUE.equals(draft.post()), lines);
    }

    /** Checks a shape-checked draft against the ledger (open period, accounts, rates) and returns the lines to store. */
    List<PostingRules.Line> prepare(PostingBatch batch, JournalEntryDraft draft) {
        openPeriod(batch, draft.date(), "date");
        Map<String, PostingRules.AccountInfo> accounts = batch.accounts(draft.lines().stream()
                .map(JournalLineDraft::account).toList());
        return rules.prepare(draft, accounts, batch::rate);
    }

    /** Posts lines {@link #prepare prepared} for the draft, with the given source document. */
    JournalEntry storePosted(PostingBatch batch, JournalEntryDraft draft, List<PostingRules.Line> lines,
            String sourceDocument) {
        return journal.store(batch, draft.date(), Periods.idOf(draft.date()), draft.description(), draft.reference(),
                draft.source() == null ? JournalEntryDraft.MANUAL : draft.source(), sourceDocument, null, true, lines);
    }

    PostingRules rules() {
        return rules;
    }

    int firstMonth() {
        return firstMonth;
    }

    /**
     * Runs a work of another finance service on the posting writer, inside the group transaction that stores its
     * journal entries: the work's own rows (through {@link LedgerTransaction#em()}) and its entries commit together
     * or not at all. Impl-only: documents of the finance module (invoices, receipts) post through this.
     */
    @Override
    public <T> T inPostingTransaction(Function<LedgerTransaction, T> work) {
        return write(batch -> work.apply(new LedgerTransaction(this, batch)));
    }

    @Override
    public JournalEntry post(long entryId) {
        return write(batch -> {
            JournalEntry entry = load(batch, entryId);
            if (entry.status() != EntryStatus.DRAFT) {
                throw new ConflictProblem("journal entry " + entryId + " is already posted");
            }
            openPeriod(batch, entry.date(), "date");
            // the accounts may have been blocked since the draft was saved
            Map<String, PostingRules.AccountInfo> accounts = batch.accounts(entry.lines().stream()
                    .map(JournalLine::account).toList());
            for (int i = 0; i < entry.lines().size(); i++) {
                PostingRules.AccountInfo account = accounts.get(entry.lines().get(i).account());
                if (account == null || !account.active() || !account.postable()) {
                    throw ValidationFailedException.of("lines[" + i + "].account", "account '"
                            + entry.lines().get(i).account() + "' no longer takes postings");
                }
            }
            Instant now = Instant.now();
            String user = batch.user();
            String number = journal.number(batch, entry.date());
            if (!batch.markPosted(entryId, number, now, user)) {
                throw new ConflictProblem("journal entry " + entryId + " is already posted");
            }
            JournalEntry posted = new JournalEntry(entry.id(), number, entry.date(), entry.period(),
                    entry.description(), entry.reference(), entry.source(), entry.sourceDocument(), EntryStatus.POSTED,
                    entry.reversalOf(), entry.reversedBy(), now, user, entry.lines());
            journal.posted(batch, posted);
            return posted;
        });
    }

    @Override
    public JournalEntry reverse(long entryId, LocalDate date) {
        return write(batch -> reverse(batch, entryId, date));
    }

    /** Reverses a posted entry inside the batch's transaction (see {@link LedgerTransaction#reverse}). */
    JournalEntry reverse(PostingBatch batch, long entryId, LocalDate date) {
        JournalEntry original = load(batch, entryId);
        if (original.status() != EntryStatus.POSTED) {
            throw ValidationFailedException.of("status", "only posted entries can be reversed; delete or change"
                    + " the draft instead");
        }
        if (original.reversedBy() != null) {
            throw new ConflictProblem("journal entry " + entryId + " is already reversed by entry "
                    + original.reversedBy());
        }
        LocalDate reversalDate = date == null ? original.date() : date;
        String period = openPeriod(batch, reversalDate, "date");
        List<PostingRules.Line> lines = original.lines().stream()
                .map(l -> new PostingRules.Line(l.account(), l.credit(), l.debit(), l.currency(), l.rate(),
                        l.baseCredit(), l.baseDebit(), l.partner(), l.memo()))
                .toList();
        JournalEntry reversal = journal.store(batch, reversalDate, period, "Reversal of " + original.number(),
                original.reference(), JournalEntryDraft.MANUAL, original.number(), original.id(), true, lines);
        if (!batch.markReversed(original.id(), reversal.id())) {
            throw new ConflictProblem("journal entry " + entryId + " is already reversed");
        }
        batch.audit(auditEntry(batch, FinanceModule.ENTITY_JOURNAL_ENTRY, Long.toString(original.id()), "REVERSE",
                new ChangeSet().compare("reversedBy", null, reversal.id())));
        return reversal;
    }

    @Override
    public Optional<JournalEntry> get(long entryId) {
        return Jpa.read(jpa, em -> Optional.ofNullable(em.find(JournalEntryEntity.class, entryId))
                .map(JournalEntryEntity::toEntry));
    }

    @Override
    public JournalEntry require(long entryId) {
        return get(entryId).orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_JOURNAL_ENTRY,
                Long.toString(entryId)));
    }

    @Override
    public Page<JournalEntry> find(JournalQuery query, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("JournalEntryEntity", "e")
                .atLeast("e.date", query.from())
                .atMost("e.date", query.to())
                .equal("e.status", query.status())
                .where("EXISTS (SELECT l FROM JournalLineEntity l WHERE l.entry = e AND l.account = :value)",
                        query.account())
                .page(em, JournalEntryEntity.class, "e.date DESC, e.id DESC", page, JournalEntryEntity::toEntry));
    }
}
