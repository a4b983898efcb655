package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.backoffice.hr.api.leave.AccrualPeriod;

/**
 * What one period credits: the policy's amount pro-rated by the calendar days the person is employed in the period,
 * rounded half up to the policy's step, and never taking the balance above the cap.
 */
final class AccrualRules {

    /** One period of a policy: its key in the ledger, first and last day, and the day it is credited. */
    record Period(String key, LocalDate first, LocalDate last, LocalDate creditedOn) {
    }

    private AccrualRules() {
    }

    static Period period(AccrualPeriod kind, LocalDate anyDay) {
        if (kind == AccrualPeriod.MONTH) {
            YearMonth month = YearMonth.from(anyDay);
            return new Period(month.toString(), month.atDay(1), month.atEndOfMonth(), month.atEndOfMonth());
        }
        LocalDate first = LocalDate.of(anyDay.getYear(), 1, 1);
        return new Period(Integer.toString(anyDay.getYear()), first, LocalDate.of(anyDay.getYear(), 12, 31), first);
    }

    static Period next(AccrualPeriod kind, Period period) {
        return period(kind, period.last().plusDays(1));
    }

    /** The amount for a period with the employment from {@code hired} to {@code terminated} (null: open). */
    static BigDecimal proRated(BigDecimal amount, BigDecimal step, Period period, LocalDate hired,
            LocalDate terminated) {
        LocalDate from = hired.isAfter(period.first()) ? hired : period.first();
        LocalDate to = terminated != null && terminated.isBefore(period.last()) ? terminated : period.last();
        if (to.isBefore(from)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long employed = ChronoUnit.DAYS.between(from, to) + 1;
        long days = ChronoUnit.DAYS.between(period.first(), period.last()) + 1;
        BigDecimal exact = amount.multiply(BigDecimal.valueOf(employed))
                .divide(BigDecimal.valueOf(days), MathContext.DECIMAL64);
        return round(exact, step);
    }

    /** Rounded half up to a multiple of {@code step} (0.25, 0.5, 1). */
    static BigDecimal round(BigDecimal value, BigDecimal step) {
        BigDecimal steps = value.divide(step, 0, RoundingMode.HALF_UP);
        return steps.multiply(step).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The credit after the cap: never above {@code cap - balance}, never negative. */
    static BigDecimal capped(BigDecimal credit, BigDecimal balance, BigDecimal cap) {
        if (cap == null) {
            return credit;
        }
        return credit.min(cap.subtract(balance)).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
