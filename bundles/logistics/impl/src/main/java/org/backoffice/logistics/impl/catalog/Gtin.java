package org.backoffice.logistics.impl.catalog;

/** GS1 Global Trade Item Numbers: GTIN-8, -12 (UPC-A), -13 (EAN-13) and -14, each ending in a mod-10 check digit. */
final class Gtin {

    private Gtin() {
    }

    /** Why {@code gtin} is not a valid GTIN, or {@code null} when it is. */
    static String problem(String gtin) {
        int length = gtin.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return "must have 8, 12, 13 or 14 digits";
        }
        for (int i = 0; i < length; i++) {
            char c = gtin.charAt(i);
            if (c < '0' || c > '9') {
                return "must contain only digits";
            }
        }
        int expected = checkDigit(gtin.substring(0, length - 1));
        if (gtin.charAt(length - 1) - '0' != expected) {
            return "has a wrong check digit (GS1 mod 10): the last digit must be " + expected;
        }
        return null;
    }

    /** The GS1 check digit of the digits before it: weights 3 and 1 alternate from the right, starting with 3. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
