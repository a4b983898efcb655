package org.backoffice.platform.api.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A non-working day (or half day) of a calendar, as a local date. Which fields apply depends on the rule: {@code date}
 * for {@link HolidayRule#ONE_OFF}, {@code month} and {@code day} for {@link HolidayRule#YEARLY}, {@code easterOffset}
 * for {@link HolidayRule#EASTER}. A recurring holiday may be limited to the years {@code fromYear}–{@code toYear}
 * (either may be {@code null}).
 *
 * @param part {@code null} means {@link DayPart#FULL}
 */
public record Holiday(String name, HolidayRule rule, LocalDate date, Integer month, Integer day, Integer easterOffset,
        DayPart part, Integer fromYear, Integer toYear) {

    public static Holiday once(String name, LocalDate date, DayPart part) {
        return new Holiday(name, HolidayRule.ONE_OFF, date, null, null, null, part, null, null);
    }

    public static Holiday yearly(String name, MonthDay monthDay, DayPart part) {
        return new Holiday(name, HolidayRule.YEARLY, null, monthDay.getMonthValue(), monthDay.getDayOfMonth(), null,
                part, null, null);
    }

    public static Holiday easter(String name, int offsetDays, DayPart part) {
        return new Holiday(name, HolidayRule.EASTER, null, null, null, offsetDays, part, null, null);
    }

    /** The part of the day it covers; {@link DayPart#FULL} when not given. */
    public DayPart effectivePart() {
        return part == null ? DayPart.FULL : part;
    }
}
