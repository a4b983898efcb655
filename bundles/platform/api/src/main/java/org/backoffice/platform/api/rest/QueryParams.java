package org.backoffice.platform.api.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.backoffice.platform.api.error.ValidationFailedException;

/**
 * Query parameters read strictly, so a typo is a 422 naming the parameter instead of being ignored ({@code
 * Boolean.valueOf("yes")} is false) or becoming a JAX-RS 404. Absent or blank values are {@code null}.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationFailedException.of(name, "must be true or false");
        };
    }

    /** An enum constant, case-insensitive. */
    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO date, e.g. {@code 2026-11-03}. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of(name, "must be a date like 2026-11-03");
        }
    }
}
