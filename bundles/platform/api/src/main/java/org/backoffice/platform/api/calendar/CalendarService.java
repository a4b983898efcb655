package org.backoffice.platform.api.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's business calendars: stored, versioned, and the arithmetic on them. Writes are for administrators
 * ({@code admin}); every module reads. The arithmetic is {@link BusinessTime}'s, on the calendar as stored now.
 */
@ProviderType
public interface CalendarService {

    /** The calendar that always exists (Monday–Friday 09:00–17:00, UTC, no holidays, until an admin changes it). */
    String DEFAULT = "DEFAULT";

    List<BusinessCalendar> list();

    Optional<BusinessCalendar> find(String code);

    /** @throws org.backoffice.platform.api.error.NotFoundProblem when there is no such calendar */
    BusinessCalendar require(String code);

    /** @throws org.backoffice.platform.api.error.ValidationFailedException naming each bad field */
    BusinessCalendar create(BusinessCalendar calendar);

    /** Replaces name, zone, windows and holidays; {@code calendar.version()} must be the one read. */
    BusinessCalendar update(String code, BusinessCalendar calendar);

    /** @throws org.backoffice.platform.api.error.ConflictProblem for {@link #DEFAULT} */
    void delete(String code);

    /** The arithmetic on a calendar as it is stored now. */
    BusinessTime time(String code);

    default CalendarDay day(String code, LocalDate date) {
        return time(code).day(date);
    }

    default boolean isWorkingDay(String code, LocalDate date) {
        return time(code).isWorkingDay(date);
    }

    /** Working days from {@code from} to {@code to}, both inclusive. */
    default int workingDays(String code, LocalDate from, LocalDate to) {
        return time(code).workingDays(from, to);
    }

    /** The instant at which {@code amount} of working time has passed after {@code start}. */
    default Instant addWorkingTime(String code, Instant start, Duration amount) {
        return time(code).addWorkingTime(start, amount);
    }

    /** The working time between two instants. */
    default Duration businessTime(String code, Instant from, Instant to) {
        return time(code).businessTime(from, to);
    }
}
