package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.backoffice.hr.api.leave.LeavePart;
import org.backoffice.hr.api.leave.LeaveUnit;
import org.backoffice.platform.api.calendar.CalendarDay;
import org.backoffice.platform.api.error.Validator;

/**
 * How much a request takes, counted day by day on the employee's calendar: weekends and full holidays count 0, a
 * half-day holiday 0.5, a half day of leave 0.5 (refused where that half is not worked), hours as given.
 */
final class RequestCounting {

    static final int MAX_DAYS = 366;

    /** One counted day of a request. */
    record Day(LocalDate date, BigDecimal amount) {
    }

    private RequestCounting() {
    }

    /** The counted days (only those that count); field errors go to {@code errors}. */
    static List<Day> count(LeaveUnit unit, LocalDate from, LocalDate to, LeavePart part, BigDecimal hours,
            Function<LocalDate, CalendarDay> calendar, Validator errors) {
        List<Day> days = new ArrayList<>();
        if (from == null || to == null) {
            errors.required("from", from);
            return days;
        }
        if (to.isBefore(from)) {
            errors.reject("to", "is before from (rule: range)");
            return days;
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            errors.reject("to", "a request spans at most " + MAX_DAYS + " days (rule: range)");
            return days;
        }
        LeavePart p = part == null ? LeavePart.FULL : part;
        if (p != LeavePart.FULL && !from.equals(to)) {
            errors.reject("part", p + " is for one day: from and to must be the same (rule: singleDay)");
            return days;
        }
        switch (p) {
            case FULL -> {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    CalendarDay day = calendar.apply(d);
                    BigDecimal amount = unit == LeaveUnit.HOURS ? hoursOf(day.workingTime()) : day.fraction();
                    if (amount.signum() > 0) {
                        days.add(new Day(d, amount));
                    }
                }
                if (days.isEmpty()) {
                    errors.reject("from", "no working day from " + from + " to " + to + " (rule: noWorkingDay)");
                }
            }
            case MORNING, AFTERNOON -> {
                CalendarDay day = calendar.apply(from);
                Duration half = p == LeavePart.MORNING ? day.morning() : day.afternoon();
                if (half == null || half.isZero()) {
                    errors.reject("part", from + " " + (day.holiday() != null ? "is a holiday (" + day.holiday() + ")"
                            : "is not a working day") + ": not a half day of leave (rule: halfDayOnNonWorkingDay)");
                } else {
                    days.add(new Day(from, unit == LeaveUnit.HOURS ? hoursOf(half) : new BigDecimal("0.50")));
                }
            }
            case HOURS -> {
                if (unit != LeaveUnit.HOURS) {
                    errors.reject("part", "HOURS is for types counted in hours (rule: unit)");
                } else if (errors.required("hours", hours)
                        && errors.check(hours.signum() > 0 && hours.stripTrailingZeros().scale() <= 2, "hours",
                                "must be positive with at most 2 decimals (rule: amount)")) {
                    CalendarDay day = calendar.apply(from);
                    if (errors.check(hours.compareTo(hoursOf(day.workingTime())) <= 0, "hours",
                            "more than the " + hoursOf(day.workingTime()) + " working hours of " + from
                                    + " (rule: hoursOfDay)")) {
                        days.add(new Day(from, hours.setScale(2, RoundingMode.HALF_UP)));
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return days;
    }

    static BigDecimal total(List<Day> days) {
        return days.stream().map(Day::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2,
                RoundingMode.HALF_UP);
    }

    static BigDecimal hoursOf(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
