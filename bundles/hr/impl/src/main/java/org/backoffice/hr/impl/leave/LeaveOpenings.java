package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.backoffice.hr.api.leave.LeaveType;

/**
 * The balances employees open a leave year with, kept in HR_LEAVE_OPENING so that the accrual job reads one row per
 * employee instead of summing every earlier year of the ledger. A missing opening is computed from the year before's
 * opening and that year's rows when there is one, else from the whole ledger, by {@link BalanceRules} as always.
 */
final class LeaveOpenings {

    private LeaveOpenings() {
    }

    /** The openings of {@code year} for {@code employees} (ids), computing and storing those not stored yet. */
    static Map<Long, BigDecimal> of(EntityManager em, LedgerBatch batch, LeaveType type, int year,
            Collection<Long> employees) {
        long version = type.version() == null ? 0 : type.version();
        // computed under another carry-over policy: no longer what the ledger gives
        em.createQuery("DELETE FROM LeaveOpeningEntity o WHERE o.typeCode = :t AND o.typeVersion <> :v")
                .setParameter("t", type.code()).setParameter("v", version).executeUpdate();
        Map<Long, BigDecimal> openings = stored(em, type, year);
        Map<Long, BigDecimal> missing = new HashMap<>();
        for (Long id : employees) {
            if (!openings.containsKey(id)) {
                missing.put(id, null);
            }
        }
        if (missing.isEmpty()) {
            return openings;
        }
        LeavePolicy policy = LeavePolicy.of(type);
        LocalDate yearBefore = LocalDate.of(year - 1, 12, 31);
        Map<Long, BigDecimal> before = stored(em, type, year - 1);
        boolean chained = missing.keySet().stream().anyMatch(before::containsKey);
        boolean whole = missing.keySet().stream().anyMatch(id -> !before.containsKey(id));
        Map<Long, Map<String, Map<Integer, YearTotals>>> lastYear = chained
                ? LeaveLedger.totals(em, null, type.code(), year - 1, yearBefore) : Map.of();
        Map<Long, Map<String, Map<Integer, YearTotals>>> all = whole
                ? LeaveLedger.totals(em, null, type.code(), null, yearBefore) : Map.of();
        for (Long id : missing.keySet()) {
            BigDecimal opening;
            if (before.containsKey(id)) {
                YearTotals totals = years(lastYear, id, type.code()).getOrDefault(year - 1, new YearTotals());
                opening = BalanceRules.year(policy, before.get(id), totals, year - 1, yearBefore).available();
            } else {
                opening = BalanceRules.asOf(policy, years(all, id, type.code()), yearBefore).available();
            }
            batch.opening(id, type.code(), year, opening, version);
            openings.put(id, opening);
        }
        batch.flush();
        return openings;
    }

    /** The stored openings of {@code year} under the type's current policy, computing nothing (for reads). */
    static Map<Long, BigDecimal> stored(EntityManager em, LeaveType type, int year) {
        Map<Long, BigDecimal> openings = new HashMap<>();
        em.createQuery("SELECT o.employeeId, o.amount FROM LeaveOpeningEntity o WHERE o.typeCode = :t"
                + " AND o.year = :y AND o.typeVersion = :v", Object[].class).setParameter("t", type.code())
                .setParameter("y", year).setParameter("v", type.version() == null ? 0 : type.version())
                .getResultList().forEach(row -> openings.put((Long) row[0], (BigDecimal) row[1]));
        return openings;
    }

    /**
     * A movement of {@code year} was written: the openings of the years after it are no longer what the ledger gives.
     * {@code employeeId} null: of every employee (the accrual job, once per run).
     */
    static void invalidate(EntityManager em, String typeCode, Long employeeId, int year) {
        Query delete = em.createQuery("DELETE FROM LeaveOpeningEntity o WHERE o.typeCode = :t"
                + " AND o.year > :y" + (employeeId == null ? "" : " AND o.employeeId = :e"))
                .setParameter("t", typeCode).setParameter("y", year);
        if (employeeId != null) {
            delete.setParameter("e", employeeId);
        }
        delete.executeUpdate();
    }

    private static Map<Integer, YearTotals> years(Map<Long, Map<String, Map<Integer, YearTotals>>> totals, long id,
            String typeCode) {
        return totals.getOrDefault(id, Map.of()).getOrDefault(typeCode, Map.of());
    }
}
