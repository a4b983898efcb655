package org.backoffice.logistics.impl;

import java.util.regex.Pattern;

import org.backoffice.platform.api.error.Validator;

/**
 * The shape of SKUs, warehouse and location codes: ASCII letters, digits, '-', '_' and '.', starting with a letter or
 * digit (so they are safe in URL paths and on labels). Names, by contrast, may use any script.
 */
public final class Codes {

    public static final int SKU_LENGTH = 40;
    /** Short enough that the default location codes ({@code <CODE>-RECV}) fit a location code. */
    public static final int WAREHOUSE_LENGTH = 20;
    public static final int LOCATION_LENGTH = 40;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String RULE = "must start with a letter or digit and contain only letters, digits, '-', '_' "
            + "and '.'";

    private Codes() {
    }

    /** Required, at most {@code maxLength} characters, and of the code shape. */
    public static boolean check(Validator v, String field, String code, int maxLength) {
        return v.requiredText(field, code, maxLength) && v.matches(field, code, CODE, RULE);
    }
}
