package org.backoffice.it.impl.desk;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The service desk's settings (PID {@code org.backoffice.it}); changes apply live. */
@ObjectClassDefinition(name = "Backoffice IT service desk")
public @interface ItConfig {

    @AttributeDefinition(description = "Priority by impact (rows 1-3) and urgency (columns 1-3), 1 critical to 4 low")
    String priorityMatrix() default "1,2,3;2,3,4;3,4,4";

    @AttributeDefinition(description = "Days after resolution in which the requester or an agent may reopen")
    int reopenDays() default 7;

    @AttributeDefinition(description = "Seconds between two SLA scans (warnings and breaches); 0 turns the job off")
    int slaScanSeconds() default 60;

    @AttributeDefinition(description = "Allow assigning a licence seat beyond those owned (flagged as over-use)")
    boolean allowOverAssignment() default false;

    @AttributeDefinition(description = "Days before a warranty or licence expires at which it is announced, e.g. 60,14")
    String expiryThresholdDays() default "60,14";
}
