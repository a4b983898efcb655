package org.backoffice.hr.impl.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.backoffice.hr.api.leave.LeavePart;
import org.backoffice.hr.api.leave.LeaveUnit;
import org.backoffice.platform.api.calendar.CalendarDay;
import org.backoffice.platform.api.calendar.DayPart;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.Validator;
import org.junit.jupiter.api.Test;

class RequestCountingTest {

    private static final LocalDate MAY_DAY = LocalDate.of(2026, 5, 1);       // Friday, full holiday
    private static final LocalDate HALF_DAY = LocalDate.of(2026, 5, 6);      // Wednesday, afternoon off

    /** Monday–Friday 09:00–17:00 (4 h morning, 4 h afternoon), May 1 off, May 6 afternoon off. */
    private static final Function<LocalDate, CalendarDay> CALENDAR = date -> {
        Duration four = Duration.ofHours(4);
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new CalendarDay(date, Duration.ZERO, BigDecimal.ZERO, Duration.ZERO, Duration.ZERO, null, null);
        }
        if (date.equals(MAY_DAY)) {
            return new CalendarDay(date, Duration.ZERO, BigDecimal.ZERO, Duration.ZERO, Duration.ZERO, "Labour Day",
                    DayPart.FULL);
        }
        if (date.equals(HALF_DAY)) {
            return new CalendarDay(date, four, new BigDecimal("0.5"), four, Duration.ZERO, "Half day",
                    DayPart.AFTERNOON);
        }
        return new CalendarDay(date, four.multipliedBy(2), BigDecimal.ONE, four, four, null, null);
    };

    private static BigDecimal count(LocalDate from, LocalDate to, LeavePart part, Validator v) {
        return RequestCounting.total(RequestCounting.count(LeaveUnit.DAYS, from, to, part, null, CALENDAR, v));
    }

    @Test
    void weekendsAndHolidaysInsideARequestDoNotCount() {
        Validator v = new Validator();
        // Thu Apr 30 to Fri May 8: Apr 30, May 4, 5, 7, 8 full, May 6 half; May 1 holiday, May 2-3 weekend
        assertEquals(new BigDecimal("5.50"), count(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 8),
                LeavePart.FULL, v));
        assertTrue(v.errors().isEmpty());
    }

    @Test
    void aHalfDayCountsHalf() {
        Validator v = new Validator();
        assertEquals(new BigDecimal("0.50"), count(HALF_DAY, HALF_DAY, LeavePart.MORNING, v));
        assertEquals(new BigDecimal("0.50"), count(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 7), LeavePart.AFTERNOON, v));
        assertTrue(v.errors().isEmpty());
    }

    @Test
    void aHalfDayOnAHolidayOrWeekendIsRefused() {
        for (LocalDate date : List.of(MAY_DAY, LocalDate.of(2026, 5, 2))) {
            Validator v = new Validator();
            count(date, date, LeavePart.MORNING, v);
            assertEquals(List.of("part"), v.errors().stream().map(FieldError::field).toList());
            assertTrue(v.errors().get(0).message().contains("halfDayOnNonWorkingDay"));
        }
        Validator v = new Validator();
        count(HALF_DAY, HALF_DAY, LeavePart.AFTERNOON, v);   // the afternoon is the holiday
        assertEquals("part", v.errors().get(0).field());
    }

    @Test
    void aRequestOfOnlyNonWorkingDaysIsRefused() {
        Validator v = new Validator();
        count(MAY_DAY, LocalDate.of(2026, 5, 3), LeavePart.FULL, v);
        assertTrue(v.errors().get(0).message().contains("noWorkingDay"));
    }

    @Test
    void aHalfDayIsOneDayAndToIsNotBeforeFrom() {
        Validator v = new Validator();
        count(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), LeavePart.MORNING, v);
        assertEquals("part", v.errors().get(0).field());
        Validator w = new Validator();
        count(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 4), LeavePart.FULL, w);
        assertEquals("to", w.errors().get(0).field());
    }

    @Test
    void hoursAreCountedAsGivenUpToTheDaysWorkingTime() {
        Validator v = new Validator();
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertEquals(new BigDecimal("2.50"), RequestCounting.total(RequestCounting.count(LeaveUnit.HOURS, day, day,
                LeavePart.HOURS, new BigDecimal("2.5"), CALENDAR, v)));
        assertEquals(new BigDecimal("20.00"), RequestCounting.total(RequestCounting.count(LeaveUnit.HOURS, day,
                HALF_DAY, LeavePart.FULL, null, CALENDAR, v)));   // May 4, 5, 6: 8 + 8 + 4 hours
        Validator w = new Validator();
        RequestCounting.count(LeaveUnit.HOURS, day, day, LeavePart.HOURS, new BigDecimal("9"), CALENDAR, w);
        assertEquals("hours", w.errors().get(0).field());
    }

    @Test
    void segmentsSplitAtTheYearAndTheCarryOverDeadline() {
        LeavePolicy policy = new LeavePolicy(null, null, BigDecimal.ONE, null, null, java.time.MonthDay.of(3, 31));
        List<RequestCounting.Day> days = List.of(new RequestCounting.Day(LocalDate.of(2026, 3, 30), BigDecimal.ONE),
                new RequestCounting.Day(LocalDate.of(2026, 3, 31), BigDecimal.ONE),
                new RequestCounting.Day(LocalDate.of(2026, 4, 1), BigDecimal.ONE));
        var segments = LeaveLedger.segments(days, policy);
        assertEquals(2, segments.size());
        assertEquals(0, new BigDecimal("2").compareTo(segments.get(LocalDate.of(2026, 3, 30))));
        assertEquals(0, BigDecimal.ONE.compareTo(segments.get(LocalDate.of(2026, 4, 1))));
    }
}
