package org.backoffice.finance.impl.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.GeneralLedger;
import org.backoffice.finance.api.ledger.LedgerCheck;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.finance.api.ledger.Statement;
import org.backoffice.finance.api.ledger.TrialBalance;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.ledger.periods.Periods;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reports from FIN_BALANCE. A balance "before a date" is the sum of the stored balances of the earlier periods plus
 * the posted lines of the date's own period up to the day before: one aggregate over accounts × periods and one over a
 * single month of lines, whatever the size of the journal.
 */
@Component(service = ReportService.class, configurationPid = FinanceConfig.PID)
public final class JpaReportService implements ReportService {

    private static final int MAX_LEDGER_LINES = 10_000;

    private final JpaTemplate jpa;
    private final String baseCurrency;
    private final int firstMonth;

    @Activate
    public JpaReportService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, LedgerConfig ledgerConfig) {
        this.jpa = jpa;
        this.baseCurrency = ledgerConfig.baseCurrency();
        this.firstMonth = ledgerConfig.fiscalYearStartMonth();
    }

    @Override
    public TrialBalance trialBalance(String fromPeriod, String toPeriod) {
        YearMonth from = Periods.parse("from", fromPeriod);
        YearMonth to = Periods.parse("to", toPeriod);
        return trialBalance(from.atDay(1), to.atEndOfMonth());
    }

    @Override
    public TrialBalance trialBalance(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return Jpa.read(jpa, em -> {
            Map<String, BigDecimal[]> opening = sumsBefore(em, from, null);
            Map<String, BigDecimal[]> closing = sumsBefore(em, to.plusDays(1), null);
            List<TrialBalance.Line> lines = new ArrayList<>();
            BigDecimal totalOpening = BigDecimal.ZERO;
            BigDecimal totalDebit = BigDecimal.ZERO;
            BigDecimal totalCredit = BigDecimal.ZERO;
            for (AccountEntity account : accounts(em)) {
                BigDecimal[] before = opening.getOrDefault(account.code(), zero());
                BigDecimal[] after = closing.getOrDefault(account.code(), zero());
                BigDecimal debit = after[0].subtract(before[0]);
                BigDecimal credit = after[1].subtract(before[1]);
                BigDecimal open = before[0].subtract(before[1]);
                if (open.signum() == 0 && debit.signum() == 0 && credit.signum() == 0) {
                    continue;
                }
                lines.add(new TrialBalance.Line(account.code(), account.name(), account.type(), money(open),
                        money(debit), money(credit), money(open.add(debit).subtract(credit))));
                totalOpening = totalOpening.add(open);
                totalDebit = totalDebit.add(debit);
                totalCredit = totalCredit.add(credit);
            }
            return new TrialBalance(from, to, baseCurrency, lines, new TrialBalance.Totals(money(totalOpening),
                    money(totalDebit), money(totalCredit), money(totalOpening.add(totalDebit).subtract(totalCredit))));
        });
    }

    @Override
    public Statement profitAndLoss(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return Jpa.read(jpa, em -> {
            Map<String, BigDecimal[]> before = sumsBefore(em, from, null);
            Map<String, BigDecimal[]> after = sumsBefore(em, to.plusDays(1), null);
            Map<String, BigDecimal> movement = new HashMap<>();
            after.forEach((account, sums) -> {
                BigDecimal[] start = before.getOrDefault(account, zero());
                movement.put(account, sums[0].subtract(start[0]).subtract(sums[1].subtract(start[1])));
            });
            // the year-end closing entry moves the result to equity; it is not part of the year's performance
            for (Object[] row : em.createQuery("SELECT l.account, SUM(l.baseDebit), SUM(l.baseCredit)"
                    + " FROM JournalLineEntity l JOIN l.entry e WHERE e.status = :posted AND e.source = :source"
                    + " AND e.date >= :from AND e.date <= :to GROUP BY l.account", Object[].class)
                    .setParameter("posted", EntryStatus.POSTED).setParameter("source", JpaLedgerService.YEAR_END)
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                movement.merge((String) row[0], orZero(row[1]).subtract(orZero(row[2])).negate(), BigDecimal::add);
            }
            List<AccountEntity> accounts = accounts(em);
            Statement.Section income = section(accounts, AccountType.INCOME, movement);
            Statement.Section expense = section(accounts, AccountType.EXPENSE, movement);
            return new Statement(from, to, baseCurrency, List.of(income, expense),
                    money(income.total().subtract(expense.total())));
        });
    }

    @Override
    public Statement balanceSheet(LocalDate asOf) {
        if (asOf == null) {
            throw ValidationFailedException.of("asOf", "is required");
        }
        return Jpa.read(jpa, em -> {
            Map<String, BigDecimal> balances = new HashMap<>();
            sumsBefore(em, asOf.plusDays(1), null).forEach((account, sums) -> balances.put(account,
                    sums[0].subtract(sums[1])));
            List<AccountEntity> accounts = accounts(em);
            Statement.Section assets = section(accounts, AccountType.ASSET, balances);
            Statement.Section liabilities = section(accounts, AccountType.LIABILITY, balances);
            Statement.Section equity = section(accounts, AccountType.EQUITY, balances);
            // income and expenses not yet closed into retained earnings
            BigDecimal result = BigDecimal.ZERO;
            for (AccountEntity account : accounts) {
                if (account.type().profitAndLoss()) {
                    result = result.subtract(balances.getOrDefault(account.code(), BigDecimal.ZERO));
                }
            }
            LocalDate yearStart = Periods.fiscalYearStart(Periods.fiscalYearOf(asOf, firstMonth), firstMonth);
            return new Statement(yearStart, asOf, baseCurrency, List.of(assets, liabilities, equity), money(result));
        });
    }

    @Override
    public GeneralLedger generalLedger(String account, LocalDate from, LocalDate to) {
        checkRange(from, to);
        return Jpa.read(jpa, em -> {
            AccountEntity entity = JpaAccountService.find(em, account)
                    .orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_ACCOUNT, account));
            BigDecimal[] before = sumsBefore(em, from, account).getOrDefault(account, zero());
            BigDecimal balance = before[0].subtract(before[1]);
            BigDecimal opening = balance;
            List<JournalLineEntity> lines = em.createQuery("SELECT l FROM JournalLineEntity l JOIN l.entry e"
                    + " WHERE l.account = :account AND e.status = :posted AND e.date >= :from AND e.date <= :to"
                    + " ORDER BY e.date, e.id, l.lineNo", JournalLineEntity.class)
                    .setParameter("account", account).setParameter("posted", EntryStatus.POSTED)
                    .setParameter("from", from).setParameter("to", to).setMaxResults(MAX_LEDGER_LINES + 1)
                    .getResultList();
            if (lines.size() > MAX_LEDGER_LINES) {
                throw ValidationFailedException.of("to", "the range holds more than " + MAX_LEDGER_LINES
                        + " lines; choose a shorter one");
            }
            List<GeneralLedger.Line> rows = new ArrayList<>();
            for (JournalLineEntity line : lines) {
                BigDecimal debit = line.baseDebit() == null ? BigDecimal.ZERO : line.baseDebit();
                BigDecimal credit = line.baseCredit() == null ? BigDecimal.ZERO : line.baseCredit();
                balance = balance.add(debit).subtract(credit);
                JournalEntryEntity entry = line.entry();
                rows.add(new GeneralLedger.Line(entry.date(), entry.id(), entry.toEntry().number(),
                        entry.description(), money(debit), money(credit), money(balance), line.partner(),
                        line.memo()));
            }
            return new GeneralLedger(account, entity.name(), from, to, money(opening), rows, money(balance));
        });
    }

    @Override
    public BigDecimal accountBalance(String account, LocalDate asOf) {
        if (asOf == null) {
            throw ValidationFailedException.of("asOf", "is required");
        }
        return Jpa.read(jpa, em -> {
            if (JpaAccountService.find(em, account).isEmpty()) {
                throw new NotFoundProblem(FinanceModule.ENTITY_ACCOUNT, account);
            }
            BigDecimal[] sums = sumsBefore(em, asOf.plusDays(1), account).getOrDefault(account, zero());
            return money(sums[0].subtract(sums[1]));
        });
    }

    @Override
    public LedgerCheck verify() {
        return Jpa.read(jpa, em -> {
            Map<String, BigDecimal[]> stored = new HashMap<>();
            for (BalanceEntity balance : em.createQuery("SELECT b FROM BalanceEntity b", BalanceEntity.class)
                    .getResultList()) {
                stored.put(balance.account() + "|" + balance.period(),
                        new BigDecimal[] {balance.debit(), balance.credit()});
            }
            Map<String, BigDecimal[]> computed = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT l.account, e.period, SUM(l.baseDebit), SUM(l.baseCredit)"
                    + " FROM JournalLineEntity l JOIN l.entry e WHERE e.status = :posted GROUP BY l.account, e.period",
                    Object[].class).setParameter("posted", EntryStatus.POSTED).getResultList()) {
                computed.put(row[0] + "|" + row[1], new BigDecimal[] {orZero(row[2]), orZero(row[3])});
            }
            List<LedgerCheck.Difference> differences = new ArrayList<>();
            TreeSet<String> keys = new TreeSet<>(stored.keySet());
            keys.addAll(computed.keySet());
            for (String key : keys) {
                BigDecimal[] s = stored.getOrDefault(key, zero());
                BigDecimal[] c = computed.getOrDefault(key, zero());
                if (s[0].compareTo(c[0]) != 0 || s[1].compareTo(c[1]) != 0) {
                    String[] parts = key.split("\\|");
                    differences.add(new LedgerCheck.Difference(parts[0], parts[1], money(s[0]), money(s[1]),
                            money(c[0]), money(c[1])));
                }
            }
            long entries = em.createQuery("SELECT COUNT(e) FROM JournalEntryEntity e WHERE e.status = :posted",
                    Long.class).setParameter("posted", EntryStatus.POSTED).getSingleResult();
            long lines = em.createQuery("SELECT COUNT(l) FROM JournalLineEntity l JOIN l.entry e"
                    + " WHERE e.status = :posted", Long.class).setParameter("posted", EntryStatus.POSTED)
                    .getSingleResult();
            return new LedgerCheck(differences.isEmpty(), entries, lines, differences);
        });
    }

    /** Debit and credit sums per account of everything posted before {@code date}; one account when given. */
    private static Map<String, BigDecimal[]> sumsBefore(EntityManager em, LocalDate date, String account) {
        String period = Periods.idOf(date);
        String accountFilter = account == null ? "" : " AND b.account = :account";
        TypedQuery<Object[]> balances = em.createQuery("SELECT b.account, SUM(b.debit), SUM(b.credit)"
                + " FROM BalanceEntity b WHERE b.period < :period" + accountFilter + " GROUP BY b.account",
                Object[].class).setParameter("period", period);
        List<TypedQuery<Object[]>> queries = new ArrayList<>(List.of(balances));
        if (date.getDayOfMonth() > 1) {
            // the part of the date's own period before it: a date range, so the ENTRY_DATE index bounds the scan
            TypedQuery<Object[]> lines = em.createQuery("SELECT l.account, SUM(l.baseDebit), SUM(l.baseCredit)"
                    + " FROM JournalLineEntity l JOIN l.entry e WHERE e.status = :posted AND e.date >= :start"
                    + " AND e.date < :date" + accountFilter.replace("b.account", "l.account") + " GROUP BY l.account",
                    Object[].class).setParameter("posted", EntryStatus.POSTED)
                    .setParameter("start", date.withDayOfMonth(1)).setParameter("date", date);
            if (account != null) {
                lines.setParameter("account", account);
            }
            queries.add(lines);
        }
        if (account != null) {
            balances.setParameter("account", account);
        }
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (TypedQuery<Object[]> query : queries) {
            for (Object[] row : query.getResultList()) {
                BigDecimal[] sum = sums.computeIfAbsent((String) row[0], a -> zero());
                sum[0] = sum[0].add(orZero(row[1]));
                sum[1] = sum[1].add(orZero(row[2]));
            }
        }
        return sums;
    }

    /** A statement section; amounts are shown credit-positive for income, liabilities and equity. */
    private Statement.Section section(List<AccountEntity> accounts, AccountType type,
            Map<String, BigDecimal> debitPositive) {
        List<Statement.Amount> amounts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AccountEntity account : accounts) {
            if (account.type() != type) {
                continue;
            }
            BigDecimal value = debitPositive.getOrDefault(account.code(), BigDecimal.ZERO);
            if (!type.debitNormal()) {
                value = value.negate();
            }
            if (value.signum() != 0) {
                amounts.add(new Statement.Amount(account.code(), account.name(), money(value)));
                total = total.add(value);
            }
        }
        return new Statement.Section(type, amounts, money(total));
    }

    private static List<AccountEntity> accounts(EntityManager em) {
        return em.createQuery("SELECT a FROM AccountEntity a ORDER BY a.code", AccountEntity.class).getResultList();
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ValidationFailedException.of(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw ValidationFailedException.of("to", "must not be before from");
        }
    }

    private BigDecimal money(BigDecimal amount) {
        return Money.display(amount, baseCurrency);
    }

    private static BigDecimal orZero(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    private static BigDecimal[] zero() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
