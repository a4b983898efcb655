package org.backoffice.platform.api.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Working-time arithmetic on one calendar. Instants are UTC; the working windows of each local date are turned into
 * {@link java.time.ZonedDateTime}s in the calendar's zone, so a DST change moves nothing a person would not expect.
 * Immutable and safe to share between threads.
 */
public final class BusinessTime {

    private final BusinessCalendar calendar;

    private BusinessTime(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public static BusinessTime of(BusinessCalendar calendar) {
        return new BusinessTime(calendar);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public CalendarDay day(LocalDate date) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorkingDay();
    }

    public int workingDays(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Instant addWorkingTime(Instant start, Duration amount) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Duration businessTime(Instant from, Instant to) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
