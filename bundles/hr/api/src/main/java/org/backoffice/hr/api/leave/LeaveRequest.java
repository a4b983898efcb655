package org.backoffice.hr.api.leave;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A leave request as stored. {@code amount} is what it takes from the balance, counted on the employee's calendar.
 * {@code awaiting} says who decides next while REQUESTED ({@code MANAGER} or {@code HR}); {@code reason} is absent
 * for callers who may not see it.
 */
public record LeaveRequest(Long id, String employee, String employeeName, String type, LocalDate from, LocalDate to,
        LeavePart part, BigDecimal hours, BigDecimal amount, LeaveState state, String awaiting, String reason,
        String attachment, String requestedBy, Instant requestedAt, String managerDecidedBy, String decidedBy,
        Instant decidedAt, String decisionNote, Long version) {
}
