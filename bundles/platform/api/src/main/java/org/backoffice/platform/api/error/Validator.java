package org.backoffice.platform.api.error;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects broken rules so a caller hears about all of them at once, then throws one
 * {@link ValidationFailedException}. The common field rules (required, length, e-mail, ISO codes, decimals) live here
 * once so every module words them the same way.
 */
public final class Validator {

    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is the mail server's business.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<FieldError> errors = new ArrayList<>();

    public Validator reject(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Rejects the field with the message unless the condition holds; returns the condition. */
    public boolean check(boolean condition, String field, String message) {
        if (!condition) {
            reject(field, message);
        }
        return condition;
    }

    /** Present and not blank, at most {@code maxLength} characters. */
    public boolean requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return false;
        }
        return optionalText(field, value, maxLength);
    }

    /** Absent, or at most {@code maxLength} characters. */
    public boolean optionalText(String field, String value, int maxLength) {
        return value == null || check(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
    }

    public boolean required(String field, Object value) {
        return check(value != null, field, "is required");
    }

    public boolean notEmpty(String field, Collection<?> value) {
        return check(value != null && !value.isEmpty(), field, "must contain at least one value");
    }

    public boolean matches(String field, String value, Pattern pattern, String rule) {
        return value == null || check(pattern.matcher(value).matches(), field, rule);
    }

    public boolean email(String field, String value) {
        return value == null || check(value.length() <= 254 && EMAIL.matcher(value).matches(), field,
                "must be an e-mail address like name@example.com");
    }

    /** An ISO 4217 currency code in upper case, e.g. {@code EUR}. */
    public boolean currency(String field, String value) {
        return value == null || check(isCurrency(value), field, "must be an ISO 4217 currency code like EUR or USD");
    }

    /** An ISO 3166-1 alpha-2 country code in upper case, e.g. {@code DE}. */
    public boolean country(String field, String value) {
        return value == null
                || check(COUNTRIES.contains(value), field, "must be an ISO 3166-1 alpha-2 country code like DE or IL");
    }

    /** Absent, or a number between min and max inclusive. */
    public boolean range(String field, Integer value, int min, int max) {
        return value == null || check(value >= min && value <= max, field, "must be between " + min + " and " + max);
    }

    /** Absent, or zero or more with at most {@code maxScale} decimals. */
    public boolean nonNegativeDecimal(String field, BigDecimal value, int maxScale) {
        if (value == null) {
            return true;
        }
        return check(value.signum() >= 0, field, "must be zero or more")
                && check(value.stripTrailingZeros().scale() <= maxScale, field,
                        "must have at most " + maxScale + " decimals");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private static boolean isCurrency(String code) {
        if (code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
