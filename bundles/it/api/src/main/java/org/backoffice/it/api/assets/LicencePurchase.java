package org.backoffice.it.api.assets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase or renewal of a licence: seats added (0 for a plain renewal), the expiry it buys, what it cost.
 *
 * @param cost a decimal amount in {@code currency}, never a double
 */
public record LicencePurchase(String licence, LocalDate date, Integer seats, LocalDate expiry, BigDecimal cost,
        String currency, String note) {
}
