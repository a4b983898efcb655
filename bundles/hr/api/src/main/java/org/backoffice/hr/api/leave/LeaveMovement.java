package org.backoffice.hr.api.leave;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a balance's explanation: a ledger row (ACCRUAL, ADJUSTMENT, USE) or a line the rules derive (CARRY_OVER,
 * EXPIRY at the year end or after the carry-over deadline).
 */
public record LeaveMovement(LocalDate date, String kind, BigDecimal amount, String note, Long requestId) {
}
