package org.backoffice.finance.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.backoffice.platform.api.error.ValidationFailedException;

/** Query parameters that JAX-RS cannot convert with a useful error. */
final class Params {

    private Params() {
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of(field, "must be a date like 2026-11-03");
        }
    }

    static <E extends Enum<E>> E enumeration(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationFailedException.of(field, "must be true or false");
        };
    }
}
