package org.backoffice.logistics.command;

import java.math.BigDecimal;

import org.backoffice.platform.api.error.ValidationFailedException;

/** Parsing and printing helpers shared by the commands. */
final class Text {

    private Text() {
    }

    static String value(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** A decimal typed on the command line; never through double. */
    static BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of(field, "must be a decimal number like 12.50");
        }
    }
}
