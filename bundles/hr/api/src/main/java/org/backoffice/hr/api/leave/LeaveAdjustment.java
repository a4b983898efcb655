package org.backoffice.hr.api.leave;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A manual correction of a balance (positive or negative), always with a reason; audited. */
public record LeaveAdjustment(String type, LocalDate date, BigDecimal amount, String reason) {
}
