package org.backoffice.hr.api.leave;

/** Who decides a request of a leave type: nobody (approved at once), the manager, the manager then HR. */
public enum LeaveApproval {
    NONE, MANAGER, MANAGER_THEN_HR
}
