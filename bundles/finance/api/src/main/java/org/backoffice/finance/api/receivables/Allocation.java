package org.backoffice.finance.api.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An applied part of a receipt; {@code date} counts for aging as of a day. */
public record Allocation(long invoice, String invoiceNumber, BigDecimal amount, LocalDate date) {
}
