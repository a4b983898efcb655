package org.backoffice.platform.support.shell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.backoffice.platform.api.error.ValidationFailedException;

/** Values typed on the command line, refused the way the REST API refuses them (a 422 naming the field). */
public final class ShellValues {

    private ShellValues() {
    }

    /** A decimal, never through double; {@code null} stays {@code null}. */
    public static BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of(field, "must be a decimal number like 12.50");
        }
    }

    /** An ISO date ({@code 2026-12-31}); {@code null} stays {@code null}. */
    public static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of(field, "must be a date like 2026-12-31");
        }
    }
}
