package org.backoffice.payroll.impl.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;

/**
 * The days of a pay period: {@code basisDays} is what pro-ration divides by (calendar or working days, by
 * configuration), {@code calendarDays} and {@code workingDays} are what formulas can read.
 */
public record PayPeriod(String key, LocalDate from, LocalDate to, int basisDays, int calendarDays, int workingDays) {

    public static PayPeriod month(YearMonth month, boolean byWorkingDays, Predicate<LocalDate> workingDay) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        int calendar = month.lengthOfMonth();
        int working = Segments.count(from, to, workingDay);
        return new PayPeriod(month.toString(), from, to, byWorkingDays ? working : calendar, calendar, working);
    }
}
