package org.backoffice.platform.api;

import java.math.BigDecimal;
import java.util.Currency;

/** Money rules shared by modules. Amounts are always {@link BigDecimal}, stored as DECIMAL(19,4). */
public final class Money {

    /** Decimals stored for any amount. */
    public static final int STORAGE_SCALE = 4;

    private static final int DEFAULT_MINOR_DIGITS = 2;

    private Money() {
    }

    /** Decimals of the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD); 2 when the currency is unknown. */
    public static int minorDigits(String currency) {
        if (currency == null) {
            return DEFAULT_MINOR_DIGITS;
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? DEFAULT_MINOR_DIGITS : digits;
        } catch (IllegalArgumentException e) {
            return DEFAULT_MINOR_DIGITS;
        }
    }

    /**
     * A stored amount as shown to people: at least the currency's decimals, more only when they carry value
     * ({@code 5000.0000} EUR → {@code 5000.00}, {@code 0.1250} → {@code 0.125}).
     */
    public static BigDecimal display(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(stripped.scale(), minorDigits(currency)));
    }
}
