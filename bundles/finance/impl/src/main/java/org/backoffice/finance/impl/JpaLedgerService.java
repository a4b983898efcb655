package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.AccountType;
import org.backoffice.finance.api.EntryStatus;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.JournalEntry;
import org.backoffice.finance.api.JournalEntryDraft;
import org.backoffice.finance.api.JournalLineDraft;
import org.backoffice.finance.api.JournalQuery;
import org.backoffice.finance.api.LedgerService;
import org.backoffice.finance.api.PeriodStatus;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The journal on JPA. A posting is one transaction: lines, balances (rows locked in account order), the gapless
 * number, the audit record and the JOURNAL_ENTRY_POSTED event, in that order so locks are taken in one global order
 * and the shared sequence rows are held as briefly as possible.
 */
@Component(service = LedgerService.class, configurationPid = FinanceConfig.PID)
public final class JpaLedgerService implements LedgerService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;
    private final PostingRules rules;
    private final int firstMonth;
    private final String baseCurrency;
    private final String retainedEarningsAccount;
    private final PostingWriter writer;

    @Activate
    public JpaLedgerService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events, FinanceConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.rules = new PostingRules(config.baseCurrency(), config.roundingAccount());
        this.firstMonth = config.fiscalYearStartMonth();
        this.baseCurrency = config.baseCurrency();
        this.retainedEarningsAccount = config.retainedEarningsAccount();
        this.writer = new PostingWriter(works -> Jpa.write(jpa, "Journal entry", em -> {
            List<Object> results = new ArrayList<>(works.size());
            for (Function<EntityManager, ?> work : works) {
                results.add(work.apply(em));
                // written and copied out: detach, so later flushes do not re-examine earlier postings
                em.flush();
                em.clear();
            }
            return results;
        }));
    }

    @Deactivate
    void stop() {
        writer.close();
    }

    /** The source of year-end closing entries. */
    static final String YEAR_END = "YEAR_END";

    static String series(int fiscalYear) {
        return "JE-" + fiscalYear;
    }

    @Override
    public JournalEntry record(JournalEntryDraft draft) {
        rules.checkShape(draft);
        return write(em -> insert(em, draft).toEntry());
    }

    /** Every write that posts goes through the one posting writer (see {@link PostingWriter}). */
    private <T> T write(Function<EntityManager, T> work) {
        return writer.submit(work);
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
        return write(em -> {
            IdempotencyEntity seen = em.find(IdempotencyEntity.class, idempotencyKey);
            if (seen != null) {
                if (!seen.requestHash().equals(hash)) {
                    throw ValidationFailedException.of("Idempotency-Key", "was already used for a different entry");
                }
                return require(em, seen.entryId()).toEntry();
            }
            JournalEntryEntity entry = insert(em, draft);
            em.persist(new IdempotencyEntity(idempotencyKey, hash, entry.id(), Instant.now()));
            return entry.toEntry();
        });
    }

    @Override
    public List<JournalEntry> recordAll(List<JournalEntryDraft> drafts) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_BATCH) {
            throw ValidationFailedException.of("entries", "must hold 1 to " + MAX_BATCH + " entries");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i) == null) {
                errors.add(new FieldError("entries[" + i + "]", "is empty"));
                continue;
            }
            try {
                rules.checkShape(drafts.get(i));
            } catch (ValidationFailedException e) {
                errors.addAll(e.prefixed("entries[" + i + "].").errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return write(em -> {
            List<JournalEntry> recorded = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                try {
                    recorded.add(insert(em, drafts.get(i)).toEntry());
                    // written and copied out: detach, so the next flush does not re-examine every earlier entry
                    em.flush();
                    em.clear();
                } catch (ValidationFailedException e) {
                    throw e.prefixed("entries[" + i + "].");
                }
            }
            return recorded;
        });
    }

    @Override
    public JournalEntry closeYear(int fiscalYear) {
        return write(em -> {
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
            boolean closedBefore = !em.createQuery("SELECT e.id FROM JournalEntryEntity e WHERE e.source = :source"
                    + " AND e.sourceDocument = :year AND e.reversedBy IS NULL", Long.class)
                    .setParameter("source", YEAR_END).setParameter("year", Integer.toString(fiscalYear))
                    .getResultList().isEmpty();
            if (closedBefore) {
                throw new ConflictProblem("fiscal year " + fiscalYear + " is already closed");
            }
            AccountEntity retained = AccountServiceImpl.find(em, retainedEarningsAccount).orElseThrow(
                    () -> ValidationFailedException.of("retainedEarningsAccount", "account '"
                            + retainedEarningsAccount + "' does not exist"));
            List<Object[]> sums = em.createQuery("SELECT b.account, SUM(b.debit), SUM(b.credit) FROM BalanceEntity b,"
                    + " AccountEntity a WHERE a.code = b.account AND (a.type = :income OR a.type = :expense)"
                    + " AND b.period >= :first AND b.period <= :last GROUP BY b.account ORDER BY b.account",
                    Object[].class)
                    .setParameter("income", AccountType.INCOME)
                    .setParameter("expense", AccountType.EXPENSE)
                    .setParameter("first", periods.get(0).id()).setParameter("last", last.id()).getResultList();
            JournalEntryEntity closing = new JournalEntryEntity(last.toPeriod().end(), last.id(),
                    "Year-end close " + fiscalYear, null, YEAR_END, Integer.toString(fiscalYear), Instant.now(),
                    Actor.currentUser());
            BigDecimal net = BigDecimal.ZERO;
            for (Object[] row : sums) {
                BigDecimal balance = ((BigDecimal) row[1]).subtract((BigDecimal) row[2]);
                if (balance.signum() == 0) {
                    continue;
                }
                net = net.add(balance);
                closing.addLine(baseLine((String) row[0], balance.negate(), "closed into " + retained.code()));
            }
            if (closing.lines().isEmpty()) {
                throw new ConflictProblem("fiscal year " + fiscalYear + " has no income or expense balance to close");
            }
            closing.addLine(baseLine(retained.code(), net, "result of fiscal year " + fiscalYear));
            em.persist(closing);
            post(em, closing);
            for (PeriodEntity period : periods) {
                if (period.status() == PeriodStatus.OPEN) {
                    period.setStatus(PeriodStatus.CLOSED);
                }
            }
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_PERIOD, Integer.toString(fiscalYear),
                    "CLOSE_YEAR", new ChangeSet().created("closingEntry", closing.toEntry().number()).changes()));
            return closing.toEntry();
        });
    }

    /** A base-currency line: a debit when {@code amount} is positive, a credit when negative. */
    private JournalLineEntity baseLine(String account, BigDecimal amount, String memo) {
        BigDecimal value = amount.abs();
        return amount.signum() > 0
                ? new JournalLineEntity(account, value, null, baseCurrency, BigDecimal.ONE, value, null, null, memo)
                : new JournalLineEntity(account, null, value, baseCurrency, BigDecimal.ONE, null, value, null, memo);
    }

    /** Checks and stores one entry in the running transaction, posting it when asked. */
    private JournalEntryEntity insert(EntityManager em, JournalEntryDraft draft) {
        String period = openPeriod(em, draft.date(), "date");
        Map<String, PostingRules.AccountInfo> accounts = accounts(em, draft.lines().stream()
                .map(JournalLineDraft::account).toList());
        List<PostingRules.Line> lines = rules.prepare(draft, accounts,
                (currency, date) -> ExchangeRateServiceImpl.rateOn(em, currency, date).map(rate -> rate.rate()));
        JournalEntryEntity entry = new JournalEntryEntity(draft.date(), period, draft.description(),
                draft.reference(), draft.source() == null ? JournalEntryDraft.MANUAL : draft.source(),
                draft.sourceDocument(), Instant.now(), Actor.currentUser());
        for (PostingRules.Line line : lines) {
            entry.addLine(new JournalLineEntity(line.account(), line.debit(), line.credit(), line.currency(),
                    line.rate(), line.baseDebit(), line.baseCredit(), line.partner(), line.memo()));
        }
        em.persist(entry);
        if (Boolean.TRUE.equals(draft.post())) {
            post(em, entry);
        } else {
            em.flush();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_JOURNAL_ENTRY,
                    entry.id().toString(), AuditEntry.CREATE, new ChangeSet().created("status", EntryStatus.DRAFT)
                            .created("description", entry.description()).changes()));
        }
        return entry;
    }

    @Override
    public JournalEntry post(long entryId) {
        return write(em -> {
            JournalEntryEntity entry = require(em, entryId);
            if (entry.status() != EntryStatus.DRAFT) {
                throw new ConflictProblem("journal entry " + entryId + " is already posted");
            }
            openPeriod(em, entry.date(), "date");
            // the accounts may have been blocked since the draft was saved
            Map<String, PostingRules.AccountInfo> accounts = accounts(em, entry.lines().stream()
                    .map(JournalLineEntity::account).toList());
            for (int i = 0; i < entry.lines().size(); i++) {
                PostingRules.AccountInfo account = accounts.get(entry.lines().get(i).account());
                if (account == null || !account.active() || !account.postable()) {
                    throw ValidationFailedException.of("lines[" + i + "].account", "account '"
                            + entry.lines().get(i).account() + "' no longer takes postings");
                }
            }
            post(em, entry);
            return entry.toEntry();
        });
    }

    @Override
    public JournalEntry reverse(long entryId, LocalDate date) {
        return write(em -> {
            JournalEntryEntity original = require(em, entryId);
            if (original.status() != EntryStatus.POSTED) {
                throw ValidationFailedException.of("status", "only posted entries can be reversed; delete or change"
                        + " the draft instead");
            }
            if (original.reversedBy() != null) {
                throw new ConflictProblem("journal entry " + entryId + " is already reversed by entry "
                        + original.reversedBy());
            }
            LocalDate reversalDate = date == null ? original.date() : date;
            String period = openPeriod(em, reversalDate, "date");
            String number = original.toEntry().number();
            JournalEntryEntity reversal = new JournalEntryEntity(reversalDate, period, "Reversal of " + number,
                    original.reference(), JournalEntryDraft.MANUAL, number, Instant.now(), Actor.currentUser());
            for (JournalLineEntity line : original.lines()) {
                reversal.addLine(new JournalLineEntity(line.account(), line.credit(), line.debit(), line.currency(),
                        line.rate(), line.baseCredit(), line.baseDebit(), line.partner(), line.memo()));
            }
            em.persist(reversal);
            em.flush();
            reversal.setReversalOf(original.id());
            original.setReversedBy(reversal.id());
            post(em, reversal);
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_JOURNAL_ENTRY,
                    original.id().toString(), "REVERSE", new ChangeSet().compare("reversedBy", null, reversal.id())
                            .changes()));
            return reversal.toEntry();
        });
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
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.from() != null) {
            conditions.add("e.date >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("e.date <= :to");
            parameters.put("to", query.to());
        }
        if (query.status() != null) {
            conditions.add("e.status = :status");
            parameters.put("status", query.status());
        }
        if (query.account() != null) {
            conditions.add("EXISTS (SELECT l FROM JournalLineEntity l WHERE l.entry = e AND l.account = :account)");
            parameters.put("account", query.account());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return Jpa.read(jpa, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM JournalEntryEntity e" + where, Long.class);
            TypedQuery<JournalEntryEntity> select = em.createQuery("SELECT e FROM JournalEntryEntity e" + where
                    + " ORDER BY e.date DESC, e.id DESC", JournalEntryEntity.class);
            parameters.forEach((k, v) -> {
                count.setParameter(k, v);
                select.setParameter(k, v);
            });
            List<JournalEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(JournalEntryEntity::toEntry).toList();
            return Page.of(items, count.getSingleResult(), page);
        });
    }

    private void post(EntityManager em, JournalEntryEntity entry) {
        em.flush();
        Balances.add(em, entry.period(), entry.lines());
        int fiscalYear = Periods.fiscalYearOf(entry.date(), firstMonth);
        String number = String.format("JE-%d-%06d", fiscalYear, nextNumber(em, series(fiscalYear)));
        entry.markPosted(number, Instant.now(), Actor.currentUser());
        em.flush();
        audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_JOURNAL_ENTRY, entry.id().toString(),
                "POST", new ChangeSet().compare("status", EntryStatus.DRAFT, EntryStatus.POSTED)
                        .created("number", number).changes()));
        BigDecimal total = entry.lines().stream().map(JournalLineEntity::baseDebit)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> payload = new HashMap<>();
        payload.put("id", entry.id());
        payload.put("number", number);
        payload.put("date", entry.date().toString());
        payload.put("period", entry.period());
        payload.put("total", total);
        payload.put("accounts", entry.lines().stream().map(JournalLineEntity::account).distinct().sorted().toList());
        if (entry.reversalOf() != null) {
            payload.put("reversalOf", entry.reversalOf());
        }
        events.append(em, FinanceModule.TOPIC_JOURNAL_ENTRY_POSTED, number, payload);
    }

    private static long nextNumber(EntityManager em, String series) {
        int updated = em.createQuery("UPDATE SequenceEntity s SET s.lastNumber = s.lastNumber + 1"
                + " WHERE s.series = :series").setParameter("series", series).executeUpdate();
        if (updated == 0) {
            throw new IllegalStateException("no number series " + series);
        }
        return em.createQuery("SELECT s.lastNumber FROM SequenceEntity s WHERE s.series = :series", Long.class)
                .setParameter("series", series).getSingleResult();
    }

    private static String openPeriod(EntityManager em, LocalDate date, String field) {
        String id = Periods.idOf(date);
        PeriodEntity period = em.find(PeriodEntity.class, id);
        if (period == null) {
            throw ValidationFailedException.of(field, "there is no fiscal period " + id + "; open its fiscal year"
                    + " first");
        }
        if (period.status() != PeriodStatus.OPEN) {
            throw ValidationFailedException.of(field, "period " + id + " is closed");
        }
        return id;
    }

    private static Map<String, PostingRules.AccountInfo> accounts(EntityManager em, List<String> lineAccounts) {
        Set<String> codes = new HashSet<>(lineAccounts);
        Set<String> parents = AccountServiceImpl.parents(em);
        Map<String, PostingRules.AccountInfo> accounts = new HashMap<>();
        em.createQuery("SELECT a FROM AccountEntity a WHERE a.code IN :codes", AccountEntity.class)
                .setParameter("codes", codes).getResultList()
                .forEach(a -> accounts.put(a.code(), new PostingRules.AccountInfo(a.code(),
                        !parents.contains(a.code()), a.active(), a.currency())));
        return accounts;
    }

    private static JournalEntryEntity require(EntityManager em, long entryId) {
        JournalEntryEntity entry = em.find(JournalEntryEntity.class, entryId);
        if (entry == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_JOURNAL_ENTRY, Long.toString(entryId));
        }
        return entry;
    }
}
