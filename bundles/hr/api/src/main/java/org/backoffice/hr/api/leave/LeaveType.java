package org.backoffice.hr.api.leave;

import java.math.BigDecimal;

/**
 * A kind of leave with its rules and accrual policy. The policy is part of the type: {@code accrualPeriod} {@code null}
 * means the type does not accrue (sick, unpaid).
 *
 * @param accrualAmount    credited per period (days or hours), pro-rated by calendar days for a partial period
 * @param roundingStep     0.25, 0.5 or 1: each credit is rounded to it (half up)
 * @param cap              the balance an accrual never takes the balance above, or {@code null}
 * @param carryOverMax     how much of a year's remaining balance moves into the next year ({@code null}: everything)
 * @param carryOverExpiry  the last day ({@code MM-DD}, e.g. {@code 03-31}) on which carried-over days may be used,
 *                         or {@code null} when they never lapse
 */
public record LeaveType(String code, String name, LeaveUnit unit, Boolean paid, Boolean balanceRequired,
        Boolean mayGoNegative, Boolean reasonRequired, Boolean attachmentRequired, LeaveApproval approval,
        AccrualPeriod accrualPeriod, BigDecimal accrualAmount, BigDecimal roundingStep, BigDecimal cap,
        BigDecimal carryOverMax, String carryOverExpiry, Long version) {
}
