package org.backoffice.platform.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private static List<WorkingWindow> every(List<DayOfWeek> days, String... fromTo) {
        List<WorkingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (int i = 0; i < fromTo.length; i += 2) {
                windows.add(WorkingWindow.of(day, fromTo[i], fromTo[i + 1]));
            }
        }
        return windows;
    }

    private static BusinessTime calendar(String zone, List<WorkingWindow> windows, Holiday... holidays) {
        return BusinessTime.of(new BusinessCalendar("TEST", "Test", zone, windows, List.of(holidays), 1L));
    }

    private static BusinessTime officeHours(String zone, Holiday... holidays) {
        return calendar(zone, every(WEEKDAYS, "09:00", "17:00"), holidays);
    }

    /** Mon–Fri 09:00–12:30 and 13:30–17:30 in Berlin with the German Easter holidays. */
    private static BusinessTime berlinWithLunch(Holiday... more) {
        List<Holiday> holidays = new ArrayList<>(List.of(Holiday.easter("Karfreitag", -2, null),
                Holiday.easter("Ostermontag", 1, DayPart.FULL)));
        holidays.addAll(List.of(more));
        return calendar("Europe/Berlin", every(WEEKDAYS, "09:00", "12:30", "13:30", "17:30"),
                holidays.toArray(new Holiday[0]));
    }

    private static Instant at(String zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    private static final String BERLIN = "Europe/Berlin";
    private static final String NEW_YORK = "America/New_York";

    @Test
    void easterSundayFollowsTheGregorianComputus() {
        assertEquals(LocalDate.of(2026, 4, 5), BusinessTime.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), BusinessTime.easterSunday(2027));
        assertEquals(LocalDate.of(2024, 3, 31), BusinessTime.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), BusinessTime.easterSunday(2025));
        assertEquals(LocalDate.of(2038, 4, 25), BusinessTime.easterSunday(2038)); // latest possible
        assertEquals(LocalDate.of(2285, 3, 22), BusinessTime.easterSunday(2285)); // earliest possible
        assertEquals(LocalDate.of(2000, 4, 23), BusinessTime.easterSunday(2000));
    }

    @Test
    void goodFridayAndEasterMondayAreHolidays() {
        BusinessTime time = berlinWithLunch();
        CalendarDay goodFriday = time.day(LocalDate.of(2026, 4, 3));
        assertEquals("Karfreitag", goodFriday.holiday());
        assertEquals(DayPart.FULL, goodFriday.holidayPart());
        assertFalse(goodFriday.isWorkingDay());
        assertEquals(0, goodFriday.fraction().compareTo(BigDecimal.ZERO));
        assertEquals("Ostermontag", time.day(LocalDate.of(2026, 4, 6)).holiday());
        assertTrue(time.isWorkingDay(LocalDate.of(2026, 4, 7)));
        assertEquals("Karfreitag", time.day(LocalDate.of(2027, 3, 26)).holiday());
        assertEquals("Ostermontag", time.day(LocalDate.of(2027, 3, 29)).holiday());
        assertTrue(time.isWorkingDay(LocalDate.of(2027, 4, 2)));
        // April 2026 has 22 weekdays; Good Friday and Easter Monday leave 20
        assertEquals(20, time.workingDays(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
    }

    @Test
    void anEasterOffsetFarBeforeEasterLandsInThePreviousYear() {
        // Easter 2027 is on March 28: 100 days before is December 18, 2026
        BusinessTime time = officeHours(BERLIN, Holiday.easter("Far", -100, null));
        assertEquals("Far", time.day(LocalDate.of(2026, 12, 18)).holiday());
        assertNull(time.day(LocalDate.of(2026, 12, 17)).holiday());
    }

    @Test
    void yearlyHolidaysRespectTheirYears() {
        Holiday limited = new Holiday("Jubilee", HolidayRule.YEARLY, null, 10, 30, null, null, 2027, 2028);
        BusinessTime time = officeHours(BERLIN, limited, Holiday.yearly("Leap", MonthDay.of(2, 29), null),
                Holiday.once("Move", LocalDate.of(2026, 6, 15), DayPart.FULL));
        assertTrue(time.isWorkingDay(LocalDate.of(2026, 10, 30)));
        assertFalse(time.isWorkingDay(LocalDate.of(2028, 10, 30))); // a Monday
        assertEquals("Jubilee", time.day(LocalDate.of(2027, 10, 30)).holiday()); // a Saturday: named anyway
        assertTrue(time.isWorkingDay(LocalDate.of(2029, 10, 30)));
        assertEquals("Leap", time.day(LocalDate.of(2028, 2, 29)).holiday());
        assertTrue(time.isWorkingDay(LocalDate.of(2027, 3, 1)));
        assertFalse(time.isWorkingDay(LocalDate.of(2026, 6, 15)));
        assertTrue(time.isWorkingDay(LocalDate.of(2027, 6, 15)));
    }

    @Test
    void halfDayHolidaysTakeOutTheMorningOrTheAfternoon() {
        BusinessTime time = berlinWithLunch(Holiday.yearly("Heiligabend", MonthDay.of(12, 24), DayPart.AFTERNOON),
                Holiday.yearly("Silvester", MonthDay.of(12, 31), DayPart.MORNING));
        CalendarDay normal = time.day(LocalDate.of(2026, 12, 22));
        assertEquals(Duration.ofHours(7).plusMinutes(30), normal.workingTime());
        assertEquals(Duration.ofHours(3), normal.morning());
        assertEquals(Duration.ofHours(4).plusMinutes(30), normal.afternoon());
        assertEquals(0, normal.fraction().compareTo(BigDecimal.ONE));

        CalendarDay eve = time.day(LocalDate.of(2026, 12, 24));
        assertEquals(Duration.ofHours(3), eve.workingTime());
        assertEquals(Duration.ZERO, eve.afternoon());
        assertEquals(new BigDecimal("0.5"), eve.fraction());
        assertEquals(DayPart.AFTERNOON, eve.holidayPart());

        CalendarDay newYearsEve = time.day(LocalDate.of(2026, 12, 31));
        assertEquals(Duration.ofHours(4).plusMinutes(30), newYearsEve.workingTime());
        assertEquals(Duration.ZERO, newYearsEve.morning());
        assertEquals(new BigDecimal("0.5"), newYearsEve.fraction());

        // the afternoon of Christmas Eve is gone: one hour until noon, the second on Friday the 25th (no holiday here)
        assertEquals(at(BERLIN, "2026-12-25T10:00"),
                time.addWorkingTime(at(BERLIN, "2026-12-24T11:00"), Duration.ofHours(2)));
        // a half-day holiday on a weekend is no working time at all
        CalendarDay saturday = time.day(LocalDate.of(2022, 12, 24));
        assertEquals(0, saturday.fraction().compareTo(BigDecimal.ZERO));
        assertEquals("Heiligabend", saturday.holiday());
    }

    @Test
    void aMorningAndAnAfternoonHolidayOnOneDateMakeAFullDay() {
        BusinessTime time = officeHours(BERLIN, Holiday.once("A", LocalDate.of(2026, 5, 4), DayPart.MORNING),
                Holiday.once("B", LocalDate.of(2026, 5, 4), DayPart.AFTERNOON));
        CalendarDay day = time.day(LocalDate.of(2026, 5, 4));
        assertEquals(DayPart.FULL, day.holidayPart());
        assertEquals("A, B", day.holiday());
        assertFalse(day.isWorkingDay());
    }

    @Test
    void officeHoursStayOnTheClockOnDstNights() {
        List<WorkingWindow> allWeek = every(List.of(DayOfWeek.values()), "09:00", "17:00");
        BusinessTime berlin = calendar(BERLIN, allWeek);
        CalendarDay springForward = berlin.day(LocalDate.of(2026, 3, 29));
        assertEquals(Duration.ofHours(8), springForward.workingTime());
        assertEquals(Duration.ofHours(3), springForward.morning());
        // 09:00 CEST is 07:00 UTC; the day before (CET) it was 08:00 UTC
        assertEquals(Instant.parse("2026-03-29T07:00:00Z"),
                berlin.addWorkingTime(Instant.parse("2026-03-29T01:00:00Z"), Duration.ofMinutes(0).plusNanos(1))
                        .minusNanos(1));
        assertEquals(Instant.parse("2026-03-29T08:00:00Z"),
                berlin.addWorkingTime(Instant.parse("2026-03-28T15:00:00Z"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(8), berlin.day(LocalDate.of(2026, 10, 25)).workingTime());

        BusinessTime newYork = calendar(NEW_YORK, allWeek);
        assertEquals(Duration.ofHours(8), newYork.day(LocalDate.of(2026, 3, 8)).workingTime());
        assertEquals(Duration.ofHours(8), newYork.day(LocalDate.of(2026, 11, 1)).workingTime());
        // Saturday Oct 31 16:00 EDT (20:00Z) + 2h = Sunday Nov 1 (fall-back day) 10:00 EST (15:00Z)
        assertEquals(Instant.parse("2026-11-01T15:00:00Z"),
                newYork.addWorkingTime(Instant.parse("2026-10-31T20:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void roundTheClockDaysAreShorterAndLongerOnDstNights() {
        BusinessTime berlin = calendar(BERLIN, every(List.of(DayOfWeek.values()), "00:00", "00:00"));
        assertEquals(Duration.ofHours(24), berlin.day(LocalDate.of(2026, 3, 28)).workingTime());
        assertEquals(Duration.ofHours(23), berlin.day(LocalDate.of(2026, 3, 29)).workingTime());
        assertEquals(Duration.ofHours(25), berlin.day(LocalDate.of(2026, 10, 25)).workingTime());
        // noon to noon over the spring-forward night is 23 hours of business time
        assertEquals(Duration.ofHours(23),
                berlin.businessTime(at(BERLIN, "2026-03-28T12:00"), at(BERLIN, "2026-03-29T12:00")));
        assertEquals(Duration.ofHours(25),
                berlin.businessTime(at(BERLIN, "2026-10-24T12:00"), at(BERLIN, "2026-10-25T12:00")));
        BusinessTime newYork = calendar(NEW_YORK, every(List.of(DayOfWeek.values()), "00:00", "00:00"));
        assertEquals(Duration.ofHours(23), newYork.day(LocalDate.of(2026, 3, 8)).workingTime());
        assertEquals(Duration.ofHours(25), newYork.day(LocalDate.of(2026, 11, 1)).workingTime());
        assertEquals(Instant.parse("2026-03-09T05:00:00Z").minus(Duration.ofHours(1)),
                newYork.addWorkingTime(Instant.parse("2026-03-08T05:00:00Z"), Duration.ofHours(23)));
    }

    @Test
    void windowEdgesInsideAGapOrAnOverlapAreMappedToRealInstants() {
        // spring forward in Berlin: 02:00 CET jumps to 03:00 CEST (01:00 UTC)
        BusinessTime gap = calendar(BERLIN, List.of(WorkingWindow.of(DayOfWeek.SUNDAY, "02:00", "04:00")));
        assertEquals(Duration.ofHours(1), gap.day(LocalDate.of(2026, 3, 29)).workingTime());
        assertEquals(Duration.ofHours(2), gap.day(LocalDate.of(2026, 3, 22)).workingTime());
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"),
                gap.addWorkingTime(Instant.parse("2026-03-28T12:00:00Z"), Duration.ofMinutes(30)));
        BusinessTime inside = calendar(BERLIN, List.of(WorkingWindow.of(DayOfWeek.SUNDAY, "02:15", "02:45")));
        assertFalse(inside.isWorkingDay(LocalDate.of(2026, 3, 29)));
        assertTrue(inside.isWorkingDay(LocalDate.of(2026, 4, 5)));
        // fall back in Berlin: 03:00 CEST goes back to 02:00 CET; 02:00-03:00 is on the clock for two hours
        BusinessTime overlap = calendar(BERLIN, List.of(WorkingWindow.of(DayOfWeek.SUNDAY, "02:00", "03:00"),
                WorkingWindow.of(DayOfWeek.SATURDAY, "23:00", "00:00")));
        assertEquals(Duration.ofHours(2), overlap.day(LocalDate.of(2026, 10, 25)).workingTime());
        BusinessTime endInOverlap = calendar(BERLIN, List.of(WorkingWindow.of(DayOfWeek.SUNDAY, "01:00", "02:30")));
        assertEquals(Duration.ofMinutes(150), endInOverlap.day(LocalDate.of(2026, 10, 25)).workingTime());
        // New York falls back at 02:00 EDT to 01:00 EST
        BusinessTime ny = calendar(NEW_YORK, List.of(WorkingWindow.of(DayOfWeek.SUNDAY, "01:00", "02:00")));
        assertEquals(Duration.ofHours(2), ny.day(LocalDate.of(2026, 11, 1)).workingTime());
    }

    @Test
    void addWorkingTimeAcrossWeekendsHolidaysAndClosing() {
        BusinessTime time = officeHours(BERLIN, Holiday.easter("Karfreitag", -2, null),
                Holiday.easter("Ostermontag", 1, null));
        // Thursday 16:00 + 3h: one hour Thursday, Good Friday, weekend, Easter Monday, then two hours Tuesday
        assertEquals(at(BERLIN, "2026-04-07T11:00"),
                time.addWorkingTime(at(BERLIN, "2026-04-02T16:00"), Duration.ofHours(3)));
        // used up exactly at closing: due at 17:00, not at the next opening
        assertEquals(at(BERLIN, "2026-01-05T17:00"),
                time.addWorkingTime(at(BERLIN, "2026-01-05T09:00"), Duration.ofHours(8)));
        assertEquals(at(BERLIN, "2026-01-09T17:00"),
                time.addWorkingTime(at(BERLIN, "2026-01-05T09:00"), Duration.ofHours(40)));
        // a start outside hours starts at the next opening
        assertEquals(at(BERLIN, "2026-01-05T10:00"),
                time.addWorkingTime(at(BERLIN, "2026-01-03T10:00"), Duration.ofHours(1)));
        assertEquals(at(BERLIN, "2026-01-05T10:00"),
                time.addWorkingTime(at(BERLIN, "2026-01-05T06:00"), Duration.ofHours(1)));
        assertEquals(at(BERLIN, "2026-01-06T10:00"),
                time.addWorkingTime(at(BERLIN, "2026-01-05T18:00"), Duration.ofHours(1)));
        assertEquals(at(BERLIN, "2026-01-06T09:00:00.000000001"),
                time.addWorkingTime(at(BERLIN, "2026-01-05T17:00"), Duration.ofNanos(1)));
        // zero is the start itself
        assertEquals(at(BERLIN, "2026-01-03T10:00"),
                time.addWorkingTime(at(BERLIN, "2026-01-03T10:00"), Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> time.addWorkingTime(at(BERLIN, "2026-01-03T10:00"), Duration.ofHours(-1)));
    }

    @Test
    void addWorkingTimeAcrossTheDstWeekend() {
        BusinessTime berlin = officeHours(BERLIN);
        // Friday 16:00 CET (15:00Z) + 2h = Monday 10:00 CEST (08:00Z)
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"),
                berlin.addWorkingTime(Instant.parse("2026-03-27T15:00:00Z"), Duration.ofHours(2)));
        assertEquals(Instant.parse("2026-10-26T09:00:00Z"),
                berlin.addWorkingTime(Instant.parse("2026-10-23T14:00:00Z"), Duration.ofHours(2)));
        BusinessTime newYork = officeHours(NEW_YORK);
        // Friday 16:00 EST (21:00Z) + 2h = Monday 10:00 EDT (14:00Z)
        assertEquals(Instant.parse("2026-03-09T14:00:00Z"),
                newYork.addWorkingTime(Instant.parse("2026-03-06T21:00:00Z"), Duration.ofHours(2)));
        // Friday 16:00 EDT (20:00Z) + 2h = Monday 10:00 EST (15:00Z)
        assertEquals(Instant.parse("2026-11-02T15:00:00Z"),
                newYork.addWorkingTime(Instant.parse("2026-10-30T20:00:00Z"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), newYork.businessTime(Instant.parse("2026-10-30T20:00:00Z"),
                Instant.parse("2026-11-02T15:00:00Z")));
    }

    @Test
    void severalWindowsADay() {
        BusinessTime time = berlinWithLunch();
        // 3.5 hours from 09:00 end exactly at the lunch break
        assertEquals(at(BERLIN, "2026-01-05T12:30"),
                time.addWorkingTime(at(BERLIN, "2026-01-05T09:00"), Duration.ofMinutes(210)));
        assertEquals(at(BERLIN, "2026-01-05T14:30"),
                time.addWorkingTime(at(BERLIN, "2026-01-05T12:45"), Duration.ofHours(1)));
        assertEquals(at(BERLIN, "2026-01-05T14:00"),
                time.addWorkingTime(at(BERLIN, "2026-01-05T12:00"), Duration.ofHours(1)));
        assertEquals(Duration.ofHours(1),
                time.businessTime(at(BERLIN, "2026-01-05T12:00"), at(BERLIN, "2026-01-05T14:00")));
    }

    @Test
    void businessTimeAcrossNightsAndWeekends() {
        BusinessTime time = officeHours(BERLIN);
        assertEquals(Duration.ofHours(2),
                time.businessTime(at(BERLIN, "2026-01-05T16:00"), at(BERLIN, "2026-01-06T10:00")));
        assertEquals(Duration.ofHours(2),
                time.businessTime(at(BERLIN, "2026-01-09T16:00"), at(BERLIN, "2026-01-12T10:00")));
        assertEquals(Duration.ZERO,
                time.businessTime(at(BERLIN, "2026-01-10T08:00"), at(BERLIN, "2026-01-11T20:00")));
        assertEquals(Duration.ofHours(40),
                time.businessTime(at(BERLIN, "2026-01-04T00:00"), at(BERLIN, "2026-01-11T00:00")));
        assertEquals(Duration.ZERO,
                time.businessTime(at(BERLIN, "2026-01-05T10:00"), at(BERLIN, "2026-01-05T10:00")));
        assertThrows(IllegalArgumentException.class,
                () -> time.businessTime(at(BERLIN, "2026-01-05T10:00"), at(BERLIN, "2026-01-05T09:00")));
    }

    @Test
    void longSpansAreFastAndConsistent() {
        BusinessTime time = berlinWithLunch(Holiday.yearly("Neujahr", MonthDay.of(1, 1), null));
        Instant start = at(BERLIN, "2026-01-05T10:17");
        long began = System.nanoTime();
        Instant due = time.addWorkingTime(start, Duration.ofHours(20_000));
        assertEquals(Duration.ofHours(20_000), time.businessTime(start, due));
        assertEquals(2581, time.workingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2035, 12, 31)));
        assertTrue(System.nanoTime() - began < 2_000_000_000L, "20,000 hours take well under a second");
        assertEquals(0, time.workingDays(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aCalendarWithoutWindowsHasNoWorkingTime() {
        BusinessTime none = calendar("UTC", List.of());
        assertFalse(none.isWorkingDay(LocalDate.of(2026, 1, 5)));
        assertEquals(0, none.day(LocalDate.of(2026, 1, 5)).fraction().signum());
        assertThrows(IllegalStateException.class,
                () -> none.addWorkingTime(Instant.parse("2026-01-05T10:00:00Z"), Duration.ofHours(1)));
        BusinessTime onlyHolidays = calendar("UTC", every(List.of(DayOfWeek.MONDAY), "09:00", "17:00"),
                Holiday.easter("x", 1, null)); // Easter Monday only removes one Monday a year
        assertEquals(Instant.parse("2026-04-13T10:00:00Z"),
                onlyHolidays.addWorkingTime(Instant.parse("2026-04-06T00:00:00Z"), Duration.ofHours(1)));
    }
}
