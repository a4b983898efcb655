package org.backoffice.platform.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One working period of a weekday in the calendar's local wall-clock time, {@code from} inclusive, {@code to}
 * exclusive ({@code 09:00–12:30}). A day may have several windows; they never overlap.
 */
public record WorkingWindow(DayOfWeek day, LocalTime from, LocalTime to) {

    public static WorkingWindow of(DayOfWeek day, String from, String to) {
        return new WorkingWindow(day, LocalTime.parse(from), LocalTime.parse(to));
    }
}
