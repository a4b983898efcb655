package org.backoffice.platform.api.numbers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How every module writes a document number: prefix, fiscal year and at least six digits. */
public record DocumentNumber(String prefix, int fiscalYear, long number) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9]{0,19})-(\\d{4})-(\\d{6,})");

    /** {@code SO}, 2026, 42 → {@code SO-2026-000042}. */
    public static String format(String prefix, int fiscalYear, long number) {
        return new DocumentNumber(prefix, fiscalYear, number).toString();
    }

    /** The parts of a formatted number, empty when {@code text} is not one. */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Long.parseLong(matcher.group(3))));
    }

    @Override
    public String toString() {
        String digits = Long.toString(number);
        return prefix + "-" + fiscalYear + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }
}
