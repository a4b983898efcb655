package org.backoffice.platform.api.calendar;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One local date of a calendar as it is worked: the working time its windows give after holidays are taken out, and
 * that time as a fraction of a normal full day for leave counting (1, 0.5 or 0).
 *
 * @param workingTime   the working time left on that date
 * @param fraction      1 for a full working day, 0.5 when a half-day holiday takes out a morning or an afternoon,
 *                      0 on a weekend or a full holiday
 * @param morning       working time before 12:00 that date (zero when a holiday covers it)
 * @param afternoon     working time from 12:00 that date (zero when a holiday covers it)
 * @param holiday       the holiday's name, or {@code null}
 * @param holidayPart   the part the holiday covers, or {@code null}
 */
public record CalendarDay(LocalDate date, Duration workingTime, java.math.BigDecimal fraction, Duration morning,
        Duration afternoon, String holiday, DayPart holidayPart) {

    public boolean isWorkingDay() {
        return !workingTime.isZero();
    }
}
