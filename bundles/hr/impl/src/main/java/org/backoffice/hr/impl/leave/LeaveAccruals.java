package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.leave.AccrualPeriod;
import org.backoffice.hr.api.leave.AccrualRun;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.support.jpa.Indexes;
import org.backoffice.platform.support.jpa.UnitTransactions;

/**
 * Credits the periodic accruals due up to a day, for every employee and accruing leave type, in one transaction.
 * Idempotent: each period's credit is one ledger row keyed by the period, so a run continues after the last one.
 * A run whose credits all fall in the year of its day (every month-end) reads that year's rows and the stored
 * openings ({@link LeaveOpenings}); a catch-up across years reads the whole ledger. The cap is checked the same way.
 */
final class LeaveAccruals {

    private final JpaTemplate jpa;
    private final Employments employments;
    private final LeaveAccess access;

    LeaveAccruals(JpaTemplate jpa, Employments employments, LeaveAccess access) {
        this.jpa = jpa;
        this.employments = employments;
        this.access = access;
    }

    AccrualRun run(LocalDate through) {
        if (!access.caller().manager()) {
            throw new NotFoundProblem("Leave accruals", "run");
        }
        if (through == null) {
            throw ValidationFailedException.of("through", "is required");
        }
        long started = System.nanoTime();
        List<Employment> people = employments.employedBetween(LocalDate.of(1900, 1, 1), through);
        String user = Actor.currentUser();
        int[] counts = UnitTransactions.write(jpa, "Leave accruals", em -> accrue(em, people, through, user));
        return new AccrualRun(through, counts[0], counts[1], people.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static int[] accrue(EntityManager em, List<Employment> people, LocalDate through, String user) {
        Indexes.ensure(em, "HR_LEAVE_MOVEMENT", LeaveMovementEntity.YEAR_INDEX, LeaveMovementEntity.YEAR_INDEX_COLUMNS);
        try (LedgerBatch batch = new LedgerBatch(em)) {
            return accrue(em, batch, people, through, user);
        }
    }

    private static int[] accrue(EntityManager em, LedgerBatch batch, List<Employment> people, LocalDate through,
            String user) {
        int credited = 0;
        int upToDate = 0;
        Instant now = Instant.now();
        int year = through.getYear();
        for (LeaveType type : JpaLeaveTypeService.all(em)) {
            if (type.accrualPeriod() == null || type.accrualAmount() == null) {
                continue;
            }
            LeavePolicy policy = LeavePolicy.of(type);
            Map<Long, String> last = lastPeriods(em, type.code(), through, people);
            // who is due a credit, from which period; whether any of it falls in an earlier year (a catch-up)
            Map<Employment, AccrualRules.Period> due = new LinkedHashMap<>();
            boolean thisYearOnly = true;
            for (Employment e : people) {
                String key = last.get(e.employeeId());
                AccrualRules.Period period = key == null ? AccrualRules.period(type.accrualPeriod(), e.hired())
                        : AccrualRules.next(type.accrualPeriod(), periodOf(type.accrualPeriod(), key));
                if (isDue(type.accrualPeriod(), period, e, through)) {
                    due.put(e, period);
                    thisYearOnly &= creditDay(type.accrualPeriod(), period, e).getYear() == year;
                } else {
                    upToDate++;
                }
            }
            if (due.isEmpty()) {
                continue;
            }
            // this year's credits need this year's rows and the stored openings; a catch-up the whole ledger
            Map<Long, BigDecimal> openings = thisYearOnly ? LeaveOpenings.of(em, batch, type, year,
                    due.keySet().stream().map(Employment::employeeId).toList()) : Map.of();
            Map<Long, Map<String, Map<Integer, YearTotals>>> totals = LeaveLedger.totals(em, null, type.code(),
                    thisYearOnly ? year : null, through);
            int earliest = year;
            for (Map.Entry<Employment, AccrualRules.Period> d : due.entrySet()) {
                Employment e = d.getKey();
                AccrualRules.Period period = d.getValue();
                Map<Integer, YearTotals> years = totals.computeIfAbsent(e.employeeId(), k -> new HashMap<>())
                        .computeIfAbsent(type.code(), k -> new HashMap<>());
                while (isDue(type.accrualPeriod(), period, e, through)) {
                    LocalDate creditedOn = creditDay(type.accrualPeriod(), period, e);
                    BigDecimal balance = thisYearOnly
                            ? BalanceRules.year(policy, openings.get(e.employeeId()),
                                    years.getOrDefault(year, new YearTotals()), year, creditedOn).available()
                            : BalanceRules.asOf(policy, years, creditedOn).available();
                    BigDecimal credit = AccrualRules.capped(AccrualRules.proRated(type.accrualAmount(),
                            policy.step(), period, e.hired(), e.terminated()), balance, type.cap());
                    batch.credit(e.employeeId(), type.code(), creditedOn, policy.afterExpiry(creditedOn), credit,
                            period.key(), user, now);
                    years.computeIfAbsent(creditedOn.getYear(), k -> new YearTotals()).add(Ledger.ACCRUAL, false,
                            credit);
                    earliest = Math.min(earliest, creditedOn.getYear());
                    credited++;
                    period = AccrualRules.next(type.accrualPeriod(), period);
                }
            }
            batch.flush();
            LeaveOpenings.invalidate(em, type.code(), null, earliest);
            if (thisYearOnly && through.equals(LocalDate.of(year, 12, 31))) {
                // the year is summed and credited in full: what everyone opens the next one with costs nothing more
                long version = type.version() == null ? 0 : type.version();
                for (Employment e : due.keySet()) {
                    YearTotals sums = totals.get(e.employeeId()).get(type.code()).getOrDefault(year, new YearTotals());
                    batch.opening(e.employeeId(), type.code(), year + 1, BalanceRules.year(policy,
                            openings.get(e.employeeId()), sums, year, through).available(), version);
                }
                batch.flush();
            }
        }
        return new int[] {credited, upToDate};
    }

    private static boolean isDue(AccrualPeriod kind, AccrualRules.Period period, Employment e, LocalDate through) {
        return !creditDay(kind, period, e).isAfter(through)
                && (e.terminated() == null || !period.first().isAfter(e.terminated()));
    }

    /**
     * employee id → the last period credited. This year's rows (and last year's in January) through the index first;
     * the few employees without a credit there (new, or long gone) are looked up over the whole ledger.
     */
    private static Map<Long, String> lastPeriods(EntityManager em, String typeCode, LocalDate through,
            List<Employment> people) {
        // past January everyone up to date has a credit of this year
        int fromYear = through.getMonthValue() == 1 ? through.getYear() - 1 : through.getYear();
        Map<Long, String> last = new HashMap<>();
        String query = "SELECT m.employeeId, MAX(m.periodKey) FROM LeaveMovementEntity m WHERE m.typeCode = :t"
                + " AND m.kind = :k";
        for (int year = fromYear; year <= through.getYear(); year++) {
            // one year at a time: an equality on the index's leading columns, never mistaken for a table scan
            em.createQuery(query + " AND m.moveYear = :y GROUP BY m.employeeId", Object[].class)
                    .setParameter("t", typeCode).setParameter("k", Ledger.ACCRUAL).setParameter("y", year)
                    .getResultList().forEach(row -> last.merge((Long) row[0], (String) row[1],
                            (a, b) -> a.compareTo(b) >= 0 ? a : b));
        }
        List<Long> missing = people.stream().map(Employment::employeeId).filter(id -> !last.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += 500) {
            em.createQuery(query + " AND m.employeeId IN :ids GROUP BY m.employeeId", Object[].class)
                    .setParameter("t", typeCode).setParameter("k", Ledger.ACCRUAL)
                    .setParameter("ids", missing.subList(from, Math.min(missing.size(), from + 500)))
                    .getResultList().forEach(row -> last.put((Long) row[0], (String) row[1]));
        }
        return last;
    }

    private static AccrualRules.Period periodOf(AccrualPeriod kind, String key) {
        return AccrualRules.period(kind, kind == AccrualPeriod.MONTH ? YearMonth.parse(key).atDay(1)
                : Year.parse(key).atDay(1));
    }

    /** Monthly credits on the month's last day (the last day employed when leaving), yearly on Jan 1 or hire. */
    private static LocalDate creditDay(AccrualPeriod kind, AccrualRules.Period period, Employment e) {
        if (kind == AccrualPeriod.MONTH) {
            return e.terminated() != null && e.terminated().isBefore(period.last()) ? e.terminated()
                    : period.creditedOn();
        }
        return e.hired().isAfter(period.first()) ? e.hired() : period.first();
    }
}
