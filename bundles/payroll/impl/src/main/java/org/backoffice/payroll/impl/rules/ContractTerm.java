package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The pay of one contract version: {@code basePay} per period, {@code fte} as a fraction (0.5 = half time). */
public record ContractTerm(LocalDate from, LocalDate to, BigDecimal basePay, BigDecimal fte) {
}
