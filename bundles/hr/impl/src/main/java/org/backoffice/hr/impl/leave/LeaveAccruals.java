package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
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
import org.backoffice.platform.support.jpa.UnitTransactions;

/**
 * Credits the periodic accruals due up to a day, for every employee and accruing leave type, in one transaction.
 * Idempotent: each period's credit is one ledger row keyed by the period, so a run continues after the last one.
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
        int credited = 0;
        int upToDate = 0;
        Instant now = Instant.now();
        Map<Long, Map<String, Map<Integer, YearTotals>>> totals = LeaveLedger.totals(em, null, through);
        for (LeaveType type : JpaLeaveTypeService.all(em)) {
            if (type.accrualPeriod() == null || type.accrualAmount() == null) {
                continue;
            }
            LeavePolicy policy = LeavePolicy.of(type);
            Map<Long, String> last = new HashMap<>();
            em.createQuery("SELECT m.employeeId, MAX(m.periodKey) FROM LeaveMovementEntity m WHERE m.typeCode = :t"
                    + " AND m.kind = :k GROUP BY m.employeeId", Object[].class)
                    .setParameter("t", type.code()).setParameter("k", Ledger.ACCRUAL).getResultList()
                    .forEach(row -> last.put((Long) row[0], (String) row[1]));
            for (Employment e : people) {
                String key = last.get(e.employeeId());
                AccrualRules.Period period = key == null ? AccrualRules.period(type.accrualPeriod(), e.hired())
                        : AccrualRules.next(type.accrualPeriod(), periodOf(type.accrualPeriod(), key));
                boolean any = false;
                while (true) {
                    LocalDate creditedOn = creditDay(type.accrualPeriod(), period, e);
                    if (creditedOn.isAfter(through)
                            || (e.terminated() != null && period.first().isAfter(e.terminated()))) {
                        break;
                    }
                    Map<Integer, YearTotals> years = totals.computeIfAbsent(e.employeeId(), k -> new HashMap<>())
                            .computeIfAbsent(type.code(), k -> new HashMap<>());
                    BigDecimal balance = BalanceRules.asOf(policy, years, creditedOn).available();
                    BigDecimal credit = AccrualRules.capped(AccrualRules.proRated(type.accrualAmount(),
                            policy.step(), period, e.hired(), e.terminated()), balance, type.cap());
                    // a zero credit is written too: it marks the period as done
                    em.persist(LeaveMovementEntity.of(e.employeeId(), type.code(), creditedOn,
                            policy.afterExpiry(creditedOn), Ledger.ACCRUAL, credit, period.key(), null,
                            "accrual " + period.key(), user, now));
                    years.computeIfAbsent(creditedOn.getYear(), k -> new YearTotals()).add(Ledger.ACCRUAL, false,
                            credit);
                    credited++;
                    any = true;
                    if (credited % 1000 == 0) {
                        em.flush();
                        em.clear();
                    }
                    period = AccrualRules.next(type.accrualPeriod(), period);
                }
                if (!any) {
                    upToDate++;
                }
            }
        }
        return new int[] {credited, upToDate};
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
