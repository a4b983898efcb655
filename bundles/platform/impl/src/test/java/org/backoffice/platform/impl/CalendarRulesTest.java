package org.backoffice.platform.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.DayPart;
import org.backoffice.platform.api.calendar.Holiday;
import org.backoffice.platform.api.calendar.HolidayRule;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class CalendarRulesTest {

    private static final List<WorkingWindow> OFFICE = List.of(WorkingWindow.of(DayOfWeek.MONDAY, "09:00", "12:30"),
            WorkingWindow.of(DayOfWeek.MONDAY, "12:30", "17:00"), WorkingWindow.of(DayOfWeek.SUNDAY, "22:00", "00:00"));

    private static List<String> fields(BusinessCalendar calendar) {
        ValidationFailedException problem = assertThrows(ValidationFailedException.class,
                () -> CalendarRules.check(calendar));
        return problem.errors().stream().map(FieldError::field).toList();
    }

    private static BusinessCalendar with(List<WorkingWindow> windows, Holiday... holidays) {
        return new BusinessCalendar("IL-TLV", "תל אביב", "Asia/Jerusalem", windows, List.of(holidays), null);
    }

    @Test
    void aGoodCalendarPasses() {
        assertDoesNotThrow(() -> CalendarRules.check(with(OFFICE, Holiday.easter("Good Friday", -2, null),
                Holiday.yearly("Leap", MonthDay.of(2, 29), DayPart.MORNING),
                Holiday.once("Move", LocalDate.of(2026, 6, 8), DayPart.AFTERNOON),
                new Holiday("Jubilee", HolidayRule.YEARLY, null, 6, 1, null, null, 2027, 2027))));
    }

    @Test
    void zonesMustBeIanaRegions() {
        assertTrue(CalendarRules.isValidZone("UTC"));
        assertTrue(CalendarRules.isValidZone("America/New_York"));
        assertFalse(CalendarRules.isValidZone("+02:00"));
        assertFalse(CalendarRules.isValidZone("UTC+2"));
        assertFalse(CalendarRules.isValidZone("UTC+02:00"));
        assertFalse(CalendarRules.isValidZone("Mars/Olympus"));
        assertFalse(CalendarRules.isValidZone("europe/berlin"));
    }

    @Test
    void codeNameAndZoneAreChecked() {
        assertEquals(List.of("code", "name", "zone"),
                fields(new BusinessCalendar("de", " ", "GMT+1", OFFICE, List.of(), null)));
        assertEquals(List.of("code", "name", "zone"), fields(new BusinessCalendar(null, null, null, OFFICE, null,
                null)));
    }

    @Test
    void windowsMustBeInOrderAndNotOverlap() {
        assertEquals(List.of("windows"), fields(with(List.of())));
        assertEquals(List.of("windows[0].to"), fields(with(List.of(WorkingWindow.of(DayOfWeek.MONDAY, "17:00",
                "09:00")))));
        assertEquals(List.of("windows[1]"), fields(with(List.of(WorkingWindow.of(DayOfWeek.MONDAY, "09:00", "13:00"),
                WorkingWindow.of(DayOfWeek.MONDAY, "12:00", "17:00"), WorkingWindow.of(DayOfWeek.TUESDAY, "12:00",
                        "17:00")))));
        assertEquals(List.of("windows[0].from", "windows[1].day"), fields(with(List.of(
                WorkingWindow.of(DayOfWeek.MONDAY, "09:00:30", "13:00"),
                new WorkingWindow(null, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0))))));
    }

    @Test
    void holidayFieldsMatchTheirRule() {
        assertEquals(List.of("holidays[0].date", "holidays[0].month", "holidays[0].fromYear"),
                fields(with(OFFICE, new Holiday("X", HolidayRule.ONE_OFF, null, 5, null, null, null, 2026, null))));
        assertEquals(List.of("holidays[0].day"),
                fields(with(OFFICE, new Holiday("X", HolidayRule.YEARLY, null, 4, 31, null, null, null, null))));
        assertEquals(List.of("holidays[0].month", "holidays[0].day"),
                fields(with(OFFICE, new Holiday("X", HolidayRule.YEARLY, null, 13, null, null, null, null, null))));
        assertEquals(List.of("holidays[0].easterOffset"), fields(with(OFFICE, Holiday.easter("X", 101, null))));
        assertEquals(List.of("holidays[0].date", "holidays[0].easterOffset"), fields(with(OFFICE,
                new Holiday("X", HolidayRule.EASTER, LocalDate.of(2026, 1, 1), null, null, null, null, null, null))));
        assertEquals(List.of("holidays[0].toYear"), fields(with(OFFICE,
                new Holiday("X", HolidayRule.EASTER, null, null, null, 1, null, 2028, 2027))));
        assertEquals(List.of("holidays[0].name", "holidays[0].rule"), fields(with(OFFICE,
                new Holiday("", null, null, null, null, null, null, null, null))));
        assertEquals(List.of("holidays[0].fromYear"), fields(with(OFFICE,
                new Holiday("X", HolidayRule.YEARLY, null, 1, 1, null, null, 1800, null))));
    }
}
