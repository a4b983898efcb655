package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.dunning.DunningLevel;
import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.finance.api.dunning.DunningRun;
import org.backoffice.finance.api.dunning.DunningRunRequest;
import org.backoffice.finance.api.dunning.DunningRunResult;
import org.backoffice.finance.api.dunning.DunningService;
import org.backoffice.finance.api.ledger.ExchangeRate;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.ledger.LedgerConfig;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;
import org.backoffice.finance.impl.ledger.rates.JpaExchangeRateService;
import org.backoffice.finance.impl.receivables.InvoiceEntity;
import org.backoffice.finance.impl.receivables.InvoicePosting;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Dunning runs and notices. A run is set-based: one query for the candidate invoices with their highest level so far,
 * the notices planned in memory ({@link DunningRules}), then run, notices and items written as JDBC batches
 * ({@link DunningWriter}) inside the posting transaction that also stores the fee entries, so notices and their
 * entries commit together and the run sees open amounts as the receipts on the same writer leave them.
 * Levels are kept by {@link DunningLevels}.
 */
@Component(service = DunningService.class, configurationPid = FinanceConfig.PID)
public final class JpaDunningService implements DunningService {

    static final String SERIES = "DUN";
    static final int MAX_INVOICES = 500;

    private final JpaTemplate jpa;
    private final PostingTransactions ledger;
    private final DunningLevels levels;
    private final String baseCurrency;
    private final InvoicePosting feeInvoices;
    private final String feeAccount;
    private final String feeTaxCode;
    private final boolean postFees;

    @Activate
    public JpaDunningService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference PostingTransactions ledger, @Reference InvoicePosting feeInvoices,
            LedgerConfig ledgerConfig, DunningConfig dunningConfig) {
        this.jpa = jpa;
        this.ledger = ledger;
        this.feeInvoices = feeInvoices;
        this.baseCurrency = ledgerConfig.baseCurrency();
        this.feeAccount = dunningConfig.dunningFeeAccount();
        this.feeTaxCode = dunningConfig.dunningFeeTaxCode();
        this.postFees = dunningConfig.dunningFeesPost();
        this.levels = new DunningLevels(jpa, audit, baseCurrency);
    }

    // ---------------------------------------------------------------- levels

    @Override
    public List<DunningLevel> levels() {
        return levels.list();
    }

    @Override
    public DunningLevel createLevel(DunningLevel level) {
        return levels.create(level);
    }

    @Override
    public DunningLevel updateLevel(int level, DunningLevel changes) {
        return levels.update(level, changes);
    }

    @Override
    public void deleteLevel(int level) {
        levels.delete(level);
    }

    // ---------------------------------------------------------------- runs

    @Override
    public DunningRunResult run(DunningRunRequest request) {
        LocalDate date = request.date() == null ? LocalDate.now() : request.date();
        boolean preview = Boolean.TRUE.equals(request.preview());
        List<Long> invoices = request.invoices() == null ? null
                : new ArrayList<>(new LinkedHashSet<>(request.invoices()));
        Validator v = new Validator();
        if (invoices != null) {
            v.check(!invoices.isEmpty(), "invoices", "name at least one invoice, or leave it out for all");
            v.check(invoices.size() <= MAX_INVOICES, "invoices", "at most " + MAX_INVOICES + " invoices");
            v.check(!invoices.contains(null), "invoices", "contains an empty id");
        }
        if (request.level() != null) {
            v.check(invoices != null, "invoices", "name the invoices to issue level " + request.level() + " for");
        }
        v.throwIfInvalid();
        levels.ensureDefaults();
        if (preview) {
            return Jpa.read(jpa, em -> new DunningRunResult(date, true, null,
                    plan(em, date, invoices, request.level()).stream().map(p -> notice(p, date, null, null, null,
                            fee(em, p, date), null)).toList()));
        }
        return ledger.inPostingTransaction(tx -> issue(tx, date, plan(tx.em(), date, invoices, request.level())));
    }

    /** The notices due on {@code date} (see {@link DunningRules#plan}), or issuing {@code level} for the invoices. */
    private List<DunningRules.Planned> plan(EntityManager em, LocalDate date, List<Long> invoices, Integer level) {
        List<DunningRules.Level> all = levels.rules(em);
        if (level == null) {
            if (all.isEmpty()) {
                return List.of();
            }
            int firstDays = all.stream().mapToInt(DunningRules.Level::daysOverdue).min().orElseThrow();
            return DunningRules.plan(date, all, DunningWriter.candidates(em, date.minusDays(firstDays), invoices));
        }
        DunningRules.Level forced = all.stream().filter(l -> l.level() == level).findFirst()
                .orElseThrow(() -> ValidationFailedException.of("level", "dunning level " + level
                        + " does not exist"));
        List<DunningRules.Candidate> found = DunningWriter.candidates(em, date.minusDays(1), invoices);
        if (found.size() != invoices.size()) {
            List<Long> missing = new ArrayList<>(invoices);
            found.forEach(c -> missing.remove(Long.valueOf(c.invoice())));
            throw ValidationFailedException.of("invoices", "not a posted invoice with an open amount overdue on "
                    + date + ": " + missing);
        }
        return DunningRules.planLevel(date, forced, found);
    }

    /**
     * Takes the notices' numbers, charges their fees as invoices and writes run, notices and items. A fee invoice
     * refused (a blocked fee account, a closed period) fails the whole run: nothing is written.
     */
    private DunningRunResult issue(LedgerTransaction tx, LocalDate date, List<DunningRules.Planned> planned) {
        if (planned.isEmpty()) {
            return new DunningRunResult(date, false, null, List.of());
        }
        Instant now = Instant.now();
        long runId = tx.nextId(DunningRunEntity.class);
        List<DunningWriter.Issued> issued = new ArrayList<>(planned.size());
        BigDecimal fees = BigDecimal.ZERO;
        int invoiceCount = 0;
        // creating a fee invoice reads tax codes and accounts; with AUTO each read would first flush every fee
        // invoice so far (quadratic): they are flushed once, below
        FlushModeType flushMode = tx.em().getFlushMode();
        tx.em().setFlushMode(FlushModeType.COMMIT);
        try {
            for (DunningRules.Planned p : planned) {
                String number = tx.nextNumber(SERIES, date);
                BigDecimal fee = fee(tx.em(), p, date);
                InvoiceEntity feeInvoice = postFees && fee.signum() > 0 ? feeInvoice(tx, p, date, number, fee)
                        : null;
                issued.add(new DunningWriter.Issued(notice(p, date, tx.nextId(DunningNoticeEntity.class), number,
                        runId, fee, feeInvoice), p.level().text()));
                fees = fees.add(DunningRules.fee(p));
                invoiceCount += p.items().size();
            }
        } finally {
            tx.em().setFlushMode(flushMode);
        }
        tx.em().flush(); // the fee invoices
        DunningRun run = new DunningRun(runId, date, planned.size(), invoiceCount, Money.display(fees, baseCurrency),
                baseCurrency, now, tx.user());
        tx.wrote(DunningWriter.write(tx.em().unwrap(Connection.class), tx::nextId, run, issued));
        tx.audit(FinanceModule.ENTITY_DUNNING_RUN, Long.toString(runId), AuditEntry.CREATE, new ChangeSet()
                .created("date", date).created("notices", run.notices()).created("invoices", invoiceCount)
                .created("totalFees", run.totalFees()));
        List<DunningNotice> notices = new ArrayList<>(issued.size());
        for (DunningWriter.Issued i : issued) {
            DunningNotice n = i.notice();
            tx.audit(FinanceModule.ENTITY_DUNNING_NOTICE, Long.toString(n.id()), AuditEntry.CREATE, new ChangeSet()
                    .created("number", n.number()).created("customer", n.customer()).created("level", n.level())
                    .created("invoices", n.invoices().size()).created("fee", n.fee()));
            tx.event(FinanceModule.TOPIC_DUNNING_NOTICE_ISSUED, n.number(), payload(n));
            notices.add(n);
        }
        return new DunningRunResult(date, false, run, notices);
    }

    /**
     * A notice's fee in its currency: the level's fee (base currency) as it is, or converted at the rate of the run's
     * date for a notice in another currency; a missing rate refuses the run.
     */
    private BigDecimal fee(EntityManager em, DunningRules.Planned p, LocalDate date) {
        BigDecimal fee = DunningRules.fee(p);
        if (fee.signum() == 0 || p.currency().equals(baseCurrency)) {
            return fee;
        }
        BigDecimal rate = JpaExchangeRateService.rateOn(em, p.currency(), date).map(ExchangeRate::rate)
                .orElseThrow(() -> ValidationFailedException.of("date", "no " + p.currency() + " exchange rate on or"
                        + " before " + date + " to convert the fee of the " + p.currency() + " notice to "
                        + p.customer() + " from " + baseCurrency));
        return fee.divide(rate, Money.minorDigits(p.currency()), RoundingMode.HALF_UP);
    }

    /** The notice's fee as an invoice in its currency, due on the notice's date, referencing the notice. */
    private InvoiceEntity feeInvoice(LedgerTransaction tx, DunningRules.Planned p, LocalDate date, String number,
            BigDecimal fee) {
        return feeInvoices.createPosted(tx, new InvoiceDraft(p.customer(), date, date, p.currency(), number,
                List.of(new InvoiceLineDraft("Dunning fee, " + p.level().name() + ", notice " + number,
                        BigDecimal.ONE, fee, feeTaxCode, feeAccount)), null));
    }

    private static DunningNotice notice(DunningRules.Planned p, LocalDate date, Long id, String number, Long run,
            BigDecimal fee, InvoiceEntity feeInvoice) {
        List<DunningNotice.Item> items = p.items().stream().map(i -> new DunningNotice.Item(i.invoice(), i.number(),
                i.dueDate(), i.daysOverdue(), Money.display(i.open(), p.currency()), i.level())).toList();
        return new DunningNotice(id, number, run, p.customer(), date, p.level().level(), p.level().name(), items,
                Money.display(p.total(), p.currency()), Money.display(fee, p.currency()), p.currency(),
                feeInvoice == null ? null : feeInvoice.journalEntry(), feeInvoice == null ? null : feeInvoice.id());
    }

    private static Map<String, Object> payload(DunningNotice n) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", n.id());
        payload.put("number", n.number());
        payload.put("customer", n.customer());
        payload.put("date", n.date().toString());
        payload.put("level", n.level());
        payload.put("invoices", n.invoices().stream().map(DunningNotice.Item::number).toList());
        payload.put("total", n.total());
        payload.put("fee", n.fee());
        payload.put("currency", n.currency());
        if (n.feeInvoice() != null) {
            payload.put("feeInvoice", n.feeInvoice());
            payload.put("journalEntry", n.journalEntry());
        }
        return payload;
    }

    @Override
    public Page<DunningRun> findRuns(PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("DunningRunEntity", "r").page(em, DunningRunEntity.class,
                "r.date DESC, r.id DESC", page, DunningRunEntity::toRun));
    }

    @Override
    public DunningRun requireRun(long id) {
        return Jpa.read(jpa, em -> Optional.ofNullable(em.find(DunningRunEntity.class, id))
                .map(DunningRunEntity::toRun)
                .orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_DUNNING_RUN, Long.toString(id))));
    }

    // ---------------------------------------------------------------- notices

    @Override
    public Page<DunningNotice> findNotices(String customer, Long run, PageRequest page) {
        return Jpa.read(jpa, em -> {
            Page<DunningNoticeEntity> found = PagedQuery.of("DunningNoticeEntity", "n").equal("n.customer", customer)
                    .equal("n.run", run).page(em, DunningNoticeEntity.class, "n.date DESC, n.id DESC", page, n -> n);
            Map<Long, List<DunningItemEntity>> items = items(em, found.items().stream().map(DunningNoticeEntity::id)
                    .toList());
            return found.map(n -> toNotice(n, items));
        });
    }

    @Override
    public DunningNotice requireNotice(long id) {
        return Jpa.read(jpa, em -> toNotice(findNotice(em, id), items(em, List.of(id))));
    }

    @Override
    public String letter(long id, boolean html) {
        return Jpa.read(jpa, em -> {
            DunningNoticeEntity entity = findNotice(em, id);
            DunningNotice notice = toNotice(entity, items(em, List.of(id)));
            return html ? DunningLetter.html(entity.text(), notice) : DunningLetter.text(entity.text(), notice);
        });
    }

    private static DunningNoticeEntity findNotice(EntityManager em, long id) {
        DunningNoticeEntity notice = em.find(DunningNoticeEntity.class, id);
        if (notice == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_DUNNING_NOTICE, Long.toString(id));
        }
        return notice;
    }

    private static DunningNotice toNotice(DunningNoticeEntity notice, Map<Long, List<DunningItemEntity>> items) {
        return notice.toNotice(items.getOrDefault(notice.id(), List.of()).stream()
                .map(i -> i.toItem(notice.currency())).toList());
    }

    /** The items of the notices, in one query. */
    private static Map<Long, List<DunningItemEntity>> items(EntityManager em, List<Long> notices) {
        Map<Long, List<DunningItemEntity>> items = new HashMap<>();
        if (!notices.isEmpty()) {
            em.createQuery("SELECT i FROM DunningItemEntity i WHERE i.notice IN :notices ORDER BY i.dueDate, i.id",
                    DunningItemEntity.class).setParameter("notices", notices).getResultList()
                    .forEach(i -> items.computeIfAbsent(i.notice(), n -> new ArrayList<>()).add(i));
        }
        return items;
    }
}
