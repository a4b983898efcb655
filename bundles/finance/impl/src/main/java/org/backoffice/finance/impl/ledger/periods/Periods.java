package org.backoffice.finance.impl.ledger.periods;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.backoffice.platform.api.error.ValidationFailedException;

/** Period ids and fiscal-year arithmetic. */
public final class Periods {

    private Periods() {
    }

    public static String idOf(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    /** The fiscal year a date belongs to, named by the calendar year it starts in. */
    public static int fiscalYearOf(LocalDate date, int firstMonth) {
        return date.getMonthValue() >= firstMonth ? date.getYear() : date.getYear() - 1;
    }

    public static LocalDate fiscalYearStart(int fiscalYear, int firstMonth) {
        return LocalDate.of(fiscalYear, firstMonth, 1);
    }

    /** Parses {@code YYYY-MM}; anything else is a validation failure on {@code field}. */
    public static YearMonth parse(String field, String periodId) {
        try {
            return YearMonth.parse(periodId);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ValidationFailedException.of(field, "must be a period like 2026-11");
        }
    }
}
