package org.backoffice.platform.api.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;

/**
 * Reads the instants, working-time amounts and date ranges that callers type for calendar arithmetic (REST query
 * parameters, shell arguments), one way for every entry point; a value it cannot read is a 422 naming the field.
 */
public final class CalendarInput {

    /** The most working time one calculation takes: 100,000 hours. */
    public static final BigDecimal MAX_HOURS = new BigDecimal(100_000);

    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

    private CalendarInput() {
    }

    /** An instant in ISO form, with {@code Z} or an offset ({@code 2026-03-27T16:00:00+01:00}); required. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationFailedException.of(field, "is required");
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            throw ValidationFailedException.of(field, "must be an instant like 2026-03-27T15:00:00Z");
        }
    }

    /**
     * Decimal hours ({@code 2.5}) or an ISO duration ({@code PT2H30M}), not negative, at most {@link #MAX_HOURS};
     * required.
     */
    public static Duration duration(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationFailedException.of(field, "is required");
        }
        String text = value.trim();
        Duration amount;
        try {
            if (text.startsWith("P") || text.startsWith("p")) {
                amount = Duration.parse(text);
            } else {
                BigDecimal hours = new BigDecimal(text);
                if (hours.abs().compareTo(MAX_HOURS) > 0) {
                    throw ValidationFailedException.of(field, "must be at most " + MAX_HOURS + " hours");
                }
                amount = Duration.ofNanos(hours.multiply(NANOS_PER_HOUR).setScale(0, RoundingMode.HALF_UP)
                        .longValueExact());
            }
        } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
            throw ValidationFailedException.of(field,
                    "must be decimal hours like 2.5 or an ISO duration like PT2H30M");
        }
        if (amount.isNegative()) {
            throw ValidationFailedException.of(field, "must not be negative");
        }
        if (amount.compareTo(Duration.ofHours(MAX_HOURS.longValue())) > 0) {
            throw ValidationFailedException.of(field, "must be at most " + MAX_HOURS + " hours");
        }
        return amount;
    }

    /** A duration as decimal hours, at most six decimals, no trailing zeros ({@code PT2H30M} is 2.5). */
    public static BigDecimal hours(Duration duration) {
        return new BigDecimal(duration.toNanos()).divide(NANOS_PER_HOUR, 6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /**
     * Checks the dates read from the fields {@code from} and {@code to}: both given (both missing are reported
     * together), {@code to} not before {@code from}, at most {@code maxDays} days counting both.
     */
    public static void checkDates(LocalDate from, LocalDate to, int maxDays) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (to.isBefore(from)) {
            throw ValidationFailedException.of("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            throw ValidationFailedException.of("to", "must be at most " + maxDays + " days from from (inclusive)");
        }
    }
}
