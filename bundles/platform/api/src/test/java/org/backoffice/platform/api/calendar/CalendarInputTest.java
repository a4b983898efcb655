package org.backoffice.platform.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class CalendarInputTest {

    private static FieldError error(Runnable parse) {
        return assertThrows(ValidationFailedException.class, parse::run).errors().get(0);
    }

    @Test
    void instantsWithZoneOrOffset() {
        Instant three = Instant.parse("2026-03-27T15:00:00Z");
        assertEquals(three, CalendarInput.instant("start", " 2026-03-27T15:00:00Z "));
        assertEquals(three, CalendarInput.instant("start", "2026-03-27T16:00+01:00"));
        assertEquals(new FieldError("start", "is required"), error(() -> CalendarInput.instant("start", " ")));
        assertEquals(new FieldError("from", "must be an instant like 2026-03-27T15:00:00Z"),
                error(() -> CalendarInput.instant("from", "2026-03-27")));
    }

    @Test
    void decimalHoursOrIsoDurations() {
        assertEquals(Duration.ofMinutes(150), CalendarInput.duration("hours", "2.5"));
        assertEquals(Duration.ofMinutes(150), CalendarInput.duration("hours", "PT2H30M"));
        assertEquals(Duration.ZERO, CalendarInput.duration("hours", "0"));
        assertEquals(Duration.ofHours(100_000), CalendarInput.duration("hours", "100000"));
        assertEquals("must not be negative", error(() -> CalendarInput.duration("hours", "-1")).message());
        assertEquals("must not be negative", error(() -> CalendarInput.duration("hours", "PT-1H")).message());
        assertEquals("must be at most 100000 hours",
                error(() -> CalendarInput.duration("hours", "100000.5")).message());
        assertEquals("must be at most 100000 hours",
                error(() -> CalendarInput.duration("hours", "PT100001H")).message());
        assertEquals(new FieldError("hours", "must be decimal hours like 2.5 or an ISO duration like PT2H30M"),
                error(() -> CalendarInput.duration("hours", "two")));
        assertEquals(new FieldError("hours", "is required"), error(() -> CalendarInput.duration("hours", null)));
    }

    @Test
    void hoursAreDecimalWithoutTrailingZeros() {
        assertEquals(new BigDecimal("2.5"), CalendarInput.hours(Duration.ofMinutes(150)));
        assertEquals("8", CalendarInput.hours(Duration.ofHours(8)).toPlainString());
        assertEquals(new BigDecimal("0.333333"), CalendarInput.hours(Duration.ofMinutes(20)));
    }

    @Test
    void dateRangesInOrderAndBounded() {
        LocalDate first = LocalDate.of(2026, 4, 1);
        CalendarInput.checkDates(first, first, 1);
        CalendarInput.checkDates(first, first.plusDays(365), 366);
        assertEquals(List.of(new FieldError("from", "is required"), new FieldError("to", "is required")),
                assertThrows(ValidationFailedException.class, () -> CalendarInput.checkDates(null, null, 366))
                        .errors());
        assertEquals(new FieldError("to", "must not be before from"),
                error(() -> CalendarInput.checkDates(first, first.minusDays(1), 366)));
        assertEquals(new FieldError("to", "must be at most 366 days from from (inclusive)"),
                error(() -> CalendarInput.checkDates(first, first.plusDays(366), 366)));
    }
}
