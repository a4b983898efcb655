package org.backoffice.payroll.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.backoffice.payroll.cfg}. */
@ObjectClassDefinition(name = "Backoffice payroll", description = "How payroll runs pro-rate pay")
public @interface PayrollConfig {

    String PID = "org.backoffice.payroll";

    @AttributeDefinition(description = "CALENDAR_DAYS: a segment is paid its share of the period's calendar days;"
            + " WORKING_DAYS: its share of the working days (Monday to Friday)")
    String proration() default "CALENDAR_DAYS";
}
