package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.backoffice.hr.api.leave.LeaveBalance;
import org.backoffice.hr.api.leave.LeaveMovement;
import org.backoffice.hr.api.leave.LeaveState;
import org.backoffice.hr.api.leave.LeaveType;

/**
 * Reads the leave ledger with aggregate queries and turns the sums into balances through {@link BalanceRules}: the
 * one code path of the API, the shell and the accrual job.
 */
final class LeaveLedger {

    private LeaveLedger() {
    }

    /** employee id → type code → year → sums, every movement dated up to {@code asOf}; one employee or all. */
    static Map<Long, Map<String, Map<Integer, YearTotals>>> totals(EntityManager em, Long employeeId,
            LocalDate asOf) {
        return totals(em, employeeId, null, null, asOf);
    }

    /**
     * The same sums, of one type only when {@code typeCode} is given and of one year only when {@code year} is (an
     * equality on the leading columns of HR_LEAVE_MOVEMENT_YEAR, which Derby reads as an index range, not the table).
     */
    static Map<Long, Map<String, Map<Integer, YearTotals>>> totals(EntityManager em, Long employeeId,
            String typeCode, Integer year, LocalDate asOf) {
        TypedQuery<Object[]> query = em.createQuery("SELECT m.employeeId, m.typeCode, m.moveYear, m.kind,"
                + " m.afterExpiry, SUM(m.amount) FROM LeaveMovementEntity m WHERE m.moveDate <= :asOf"
                + (employeeId == null ? "" : " AND m.employeeId = :employee")
                + (typeCode == null ? "" : " AND m.typeCode = :type")
                + (year == null ? "" : " AND m.moveYear = :year")
                + " GROUP BY m.employeeId, m.typeCode, m.moveYear, m.kind, m.afterExpiry", Object[].class)
                .setParameter("asOf", asOf);
        if (employeeId != null) {
            query.setParameter("employee", employeeId);
        }
        if (typeCode != null) {
            query.setParameter("type", typeCode);
        }
        if (year != null) {
            query.setParameter("year", year);
        }
        Map<Long, Map<String, Map<Integer, YearTotals>>> totals = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            totals.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                    .computeIfAbsent((String) row[1], k -> new HashMap<>())
                    .computeIfAbsent(((Number) row[2]).intValue(), k -> new YearTotals())
                    .add((String) row[3], Boolean.TRUE.equals(row[4]), (BigDecimal) row[5]);
        }
        return totals;
    }

    /** Writes a ledger row of one employee (a use, a give-back, an adjustment) and drops the openings it changes. */
    static void write(EntityManager em, LeaveMovementEntity movement) {
        em.persist(movement);
        LeaveOpenings.invalidate(em, movement.typeCode(), movement.employeeId(), movement.date().getYear());
    }

    /** What the open (REQUESTED) requests of an employee would take, per type. */
    static Map<String, BigDecimal> pending(EntityManager em, long employeeId) {
        Map<String, BigDecimal> pending = new HashMap<>();
        em.createQuery("SELECT r.typeCode, SUM(r.amount) FROM LeaveRequestEntity r WHERE r.employeeId = :e"
                + " AND r.state = :state GROUP BY r.typeCode", Object[].class)
                .setParameter("e", employeeId).setParameter("state", LeaveState.REQUESTED)
                .getResultList().forEach(row -> pending.put((String) row[0], (BigDecimal) row[1]));
        return pending;
    }

    static BalanceRules.Figures figures(LeaveType type, Map<String, Map<Integer, YearTotals>> byType,
            LocalDate asOf) {
        Map<Integer, YearTotals> years = byType == null ? Map.of() : byType.getOrDefault(type.code(), Map.of());
        return BalanceRules.asOf(LeavePolicy.of(type), years, asOf);
    }

    static LeaveBalance balance(String number, LeaveType type, BalanceRules.Figures f, LocalDate asOf,
            BigDecimal pending, List<LeaveMovement> movements) {
        return new LeaveBalance(number, type.code(), asOf, f.opening(), f.carriedOver(), f.accrued(), f.used(),
                f.expired(), f.adjusted(), f.available(), pending == null ? BigDecimal.ZERO : pending, movements);
    }

    /** The year's ledger rows up to {@code asOf} with the derived carry-over and expiry lines, in date order. */
    static List<LeaveMovement> explain(EntityManager em, long employeeId, LeaveType type, BalanceRules.Figures f,
            LocalDate asOf) {
        int year = asOf.getYear();
        LocalDate first = LocalDate.of(year, 1, 1);
        List<LeaveMovement> lines = new ArrayList<>();
        if (f.opening().signum() != 0) {
            lines.add(new LeaveMovement(first, "OPENING", f.opening(), "balance at the end of " + (year - 1), null));
        }
        if (f.lapsedAtYearEnd().signum() > 0) {
            lines.add(new LeaveMovement(first, Ledger.EXPIRY, f.lapsedAtYearEnd().negate(),
                    "over the carry-over maximum of " + type.carryOverMax(), null));
        }
        if (f.carriedOver().signum() != 0) {
            lines.add(new LeaveMovement(first, Ledger.CARRY_OVER, f.carriedOver(), "carried over from " + (year - 1)
                    + (f.expiryDate() == null ? "" : ", usable until " + f.expiryDate() + ", used first"), null));
        }
        List<LeaveMovementEntity> rows = em.createQuery("SELECT m FROM LeaveMovementEntity m WHERE m.employeeId = :e"
                + " AND m.typeCode = :t AND m.moveYear = :y AND m.moveDate <= :asOf ORDER BY m.moveDate, m.id",
                LeaveMovementEntity.class).setParameter("e", employeeId).setParameter("t", type.code())
                .setParameter("y", year).setParameter("asOf", asOf).getResultList();
        boolean expiryShown = false;
        for (LeaveMovementEntity m : rows) {
            if (!expiryShown && f.expiredAtDeadline().signum() > 0 && m.date().isAfter(f.expiryDate())) {
                lines.add(expiryLine(f));
                expiryShown = true;
            }
            lines.add(new LeaveMovement(m.date(), m.kind(), m.amount(), m.note(), m.requestId()));
        }
        if (!expiryShown && f.expiredAtDeadline().signum() > 0) {
            lines.add(expiryLine(f));
        }
        return lines;
    }

    private static LeaveMovement expiryLine(BalanceRules.Figures f) {
        return new LeaveMovement(f.expiryDate().plusDays(1), Ledger.EXPIRY, f.expiredAtDeadline().negate(),
                "carried-over days not used by " + f.expiryDate(), null);
    }

    /** The days of a request grouped by leave year and side of the carry-over deadline: first day → amount. */
    static Map<LocalDate, BigDecimal> segments(List<RequestCounting.Day> days, LeavePolicy policy) {
        Map<String, LocalDate> firstOf = new LinkedHashMap<>();
        Map<LocalDate, BigDecimal> sums = new LinkedHashMap<>();
        for (RequestCounting.Day d : days) {
            String key = d.date().getYear() + "/" + policy.afterExpiry(d.date());
            LocalDate first = firstOf.computeIfAbsent(key, k -> d.date());
            sums.merge(first, d.amount(), BigDecimal::add);
        }
        return sums;
    }
}
