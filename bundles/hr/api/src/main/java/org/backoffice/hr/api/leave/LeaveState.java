package org.backoffice.hr.api.leave;

/** A request's life: REQUESTED, then APPROVED or REJECTED; WITHDRAWN by the employee; CANCELLED once approved. */
public enum LeaveState {
    REQUESTED, APPROVED, REJECTED, WITHDRAWN, CANCELLED
}
