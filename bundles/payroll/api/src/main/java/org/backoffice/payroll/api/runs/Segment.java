package org.backoffice.payroll.api.runs;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A part of the period with one contract in force: its days paid and the pay then. */
public record Segment(LocalDate from, LocalDate to, int payDays, BigDecimal basePay, BigDecimal fte) {
}
