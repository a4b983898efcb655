package org.backoffice.hr.api.leave;

import java.time.LocalDate;

/** One line of the team calendar: who is away from when to when, of which type, approved or still requested. */
public record Absence(String employee, String employeeName, String type, LocalDate from, LocalDate to, LeavePart part,
        LeaveState state) {
}
