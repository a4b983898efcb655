package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The one way a balance is computed, from the ledger's yearly sums (the API, the shell and the accrual job all come
 * here). Year by year from the first one in the ledger: the year opens with the previous year's closing balance; what
 * exceeds the carry-over maximum lapses at once, the rest is carried over and used first, so after the deadline
 * whatever of it was not used by then lapses too.
 */
final class BalanceRules {

    /** The lines of one year as of a date in it. */
    record Figures(BigDecimal opening, BigDecimal carriedOver, BigDecimal lapsedAtYearEnd, BigDecimal accrued,
            BigDecimal used, BigDecimal expiredAtDeadline, BigDecimal adjusted, BigDecimal available,
            LocalDate expiryDate) {

        BigDecimal expired() {
            return lapsedAtYearEnd.add(expiredAtDeadline);
        }
    }

    private BalanceRules() {
    }

    /**
     * @param years the ledger summed per year, each year only up to {@code asOf}; years after asOf's are ignored
     */
    static Figures asOf(LeavePolicy policy, Map<Integer, YearTotals> years, LocalDate asOf) {
        int first = years.keySet().stream().mapToInt(Integer::intValue).min().orElse(asOf.getYear());
        BigDecimal opening = BigDecimal.ZERO;
        Figures figures = null;
        for (int year = Math.min(first, asOf.getYear()); year <= asOf.getYear(); year++) {
            YearTotals totals = years.getOrDefault(year, new YearTotals());
            LocalDate day = year == asOf.getYear() ? asOf : LocalDate.of(year, 12, 31);
            figures = year(policy, opening, totals, year, day);
            opening = figures.available();
        }
        return figures;
    }

    static Figures year(LeavePolicy policy, BigDecimal opening, YearTotals totals, int year, LocalDate asOf) {
        BigDecimal lapsed = BigDecimal.ZERO;
        if (opening.signum() > 0 && policy.carryOverMax() != null && opening.compareTo(policy.carryOverMax()) > 0) {
            lapsed = opening.subtract(policy.carryOverMax());
        }
        BigDecimal carried = opening.subtract(lapsed);
        LocalDate expiry = policy.expiryDate(year);
        BigDecimal expiredAtDeadline = BigDecimal.ZERO;
        if (expiry != null && asOf.isAfter(expiry) && carried.signum() > 0) {
            // carried-over days are used first: what was used up to the deadline came out of them
            expiredAtDeadline = carried.subtract(carried.min(totals.usedBeforeExpiry)).max(BigDecimal.ZERO);
        }
        BigDecimal used = totals.usedBeforeExpiry.add(totals.usedAfterExpiry);
        BigDecimal available = opening.add(totals.accrued).add(totals.adjusted).subtract(used).subtract(lapsed)
                .subtract(expiredAtDeadline);
        return new Figures(opening, carried, lapsed, totals.accrued, used, expiredAtDeadline, totals.adjusted,
                available, expiry);
    }
}
