package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

import org.backoffice.hr.api.leave.AccrualPeriod;
import org.backoffice.hr.api.leave.LeaveType;

/** The accrual and carry-over part of a leave type, as the rules use it. */
record LeavePolicy(AccrualPeriod period, BigDecimal amount, BigDecimal step, BigDecimal cap, BigDecimal carryOverMax,
        MonthDay carryOverExpiry) {

    static LeavePolicy of(LeaveType type) {
        return new LeavePolicy(type.accrualPeriod(), type.accrualAmount(),
                type.roundingStep() == null ? new BigDecimal("0.01") : type.roundingStep(), type.cap(),
                type.carryOverMax(),
                type.carryOverExpiry() == null ? null : MonthDay.parse("--" + type.carryOverExpiry()));
    }

    /** The last day carried-over days of {@code year} may be used, or {@code null} when they never lapse. */
    LocalDate expiryDate(int year) {
        return carryOverExpiry == null ? null : carryOverExpiry.atYear(year);
    }

    /** Whether a use on {@code date} comes after the carry-over deadline of its year. */
    boolean afterExpiry(LocalDate date) {
        LocalDate expiry = expiryDate(date.getYear());
        return expiry != null && date.isAfter(expiry);
    }
}
