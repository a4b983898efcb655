package org.backoffice.finance.api.payables;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An applied part of a supplier payment; {@code date} counts for aging as of a day. */
public record BillAllocation(long bill, String billNumber, String supplierReference, BigDecimal amount,
        LocalDate date) {
}
