package org.backoffice.finance.api.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A saved dunning run.
 *
 * @param totalFees the fees of its notices, in {@code currency} (the base currency)
 */
public record DunningRun(long id, LocalDate date, int notices, int invoices, BigDecimal totalFees, String currency,
        Instant createdAt, String createdBy) {
}
