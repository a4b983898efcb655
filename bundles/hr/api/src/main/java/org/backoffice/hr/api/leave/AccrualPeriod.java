package org.backoffice.hr.api.leave;

/** How often a leave type accrues: monthly (credited on the month's last day) or yearly (credited on January 1). */
public enum AccrualPeriod {
    MONTH, YEAR
}
