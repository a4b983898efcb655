package org.backoffice.hr.api.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A balance of one type as of a date, for the leave year (calendar year) of that date:
 * {@code available = opening + accrued + adjusted - used - expired}; {@code carriedOver} is the part of the opening
 * that moved into the year (the rest expired at the year end), used first; {@code pending} is what open requests would
 * take. {@code movements} explain it line by line (empty on the all-employees list).
 */
public record LeaveBalance(String employee, String type, LocalDate asOf, BigDecimal opening, BigDecimal carriedOver,
        BigDecimal accrued, BigDecimal used, BigDecimal expired, BigDecimal adjusted, BigDecimal available,
        BigDecimal pending, List<LeaveMovement> movements) {
}
