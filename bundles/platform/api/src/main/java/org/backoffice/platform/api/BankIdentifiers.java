package org.backoffice.platform.api;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of bank identifiers: IBAN (ISO 13616, mod-97 check digits) and BIC (ISO 9362 format). Shared by the modules
 * that keep bank accounts (a company's own, a partner's).
 */
public final class BankIdentifiers {

    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC_SHAPE = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private BankIdentifiers() {
    }

    /** The IBAN in its electronic form: spaces removed, upper case. */
    public static String normalizeIban(String iban) {
        return iban == null ? null : iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Whether an IBAN (electronic form) has a valid shape and check digits. */
    public static boolean validIban(String iban) {
        if (iban == null || !IBAN_SHAPE.matcher(iban).matches()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : Integer.toString(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** Whether a BIC has the shape of ISO 9362: 4 letters bank, 2 letters country, 2 location, optional 3 branch. */
    public static boolean validBic(String bic) {
        return bic != null && BIC_SHAPE.matcher(bic.toUpperCase(Locale.ROOT)).matches();
    }
}
