package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
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
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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

    @Activate
    public JpaLedgerService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events, FinanceConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.rules = new PostingRules(config.baseCurrency(), config.roundingAccount());
        this.firstMonth = config.fiscalYearStartMonth();
    }

    static String series(int fiscalYear) {
        return "JE-" + fiscalYear;
    }

    @Override
    public JournalEntry record(JournalEntryDraft draft) {
        rules.checkShape(draft);
        return Jpa.write(jpa, "Journal entry", em -> {
            String period = openPeriod(em, draft.date(), "date");
            Map<String, PostingRules.AccountInfo> accounts = accounts(em, draft.lines());
            List<PostingRules.Line> lines = rules.prepare(draft, accounts,
                    (currency, date) -> ExchangeRateServiceImpl.rateOn(em, currency, date)
                            .map(rate -> rate.rate()));
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
            return entry.toEntry();
        });
    }

    @Override
    public JournalEntry post(long entryId) {
        return Jpa.write(jpa, "Journal entry " + entryId, em -> {
            JournalEntryEntity entry = require(em, entryId);
            if (entry.status() != EntryStatus.DRAFT) {
                throw new ConflictProblem("journal entry " + entryId + " is already posted");
            }
            openPeriod(em, entry.date(), "date");
            // the accounts may have been blocked since the draft was saved
            Map<String, PostingRules.AccountInfo> accounts = accounts(em, entry.lines().stream()
                    .map(l -> JournalLineDraft.debit(l.account(), BigDecimal.ONE)).toList());
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
        return Jpa.write(jpa, "Journal entry " + entryId, em -> {
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
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
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

    private static Map<String, PostingRules.AccountInfo> accounts(EntityManager em, List<JournalLineDraft> lines) {
        Set<String> codes = new HashSet<>();
        lines.forEach(line -> codes.add(line.account()));
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
