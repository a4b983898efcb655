package org.backoffice.hr.api.leave;

/** What a leave type is counted in. */
public enum LeaveUnit {
    DAYS, HOURS
}
