package org.backoffice.hr.api.leave;

/** Which part of the days a request takes: whole days, a morning, an afternoon, or a number of hours on one day. */
public enum LeavePart {
    FULL, MORNING, AFTERNOON, HOURS
}
