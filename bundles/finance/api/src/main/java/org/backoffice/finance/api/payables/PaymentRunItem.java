package org.backoffice.finance.api.payables;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One bill of a payment run and the amount paid on it (its open amount when proposed). */
public record PaymentRunItem(long bill, String billNumber, String supplier, String supplierReference,
        LocalDate dueDate, BigDecimal amount, String iban, Long payment) {
}
