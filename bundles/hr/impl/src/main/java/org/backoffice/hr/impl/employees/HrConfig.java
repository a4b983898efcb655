package org.backoffice.hr.impl.employees;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.backoffice.hr}: settings of the HR module. */
@ObjectClassDefinition(name = "Backoffice HR", description = "Human resources: retention of personal data")
public @interface HrConfig {

    String PID = "org.backoffice.hr";

    @AttributeDefinition(description = "Years after termination before an employee may be anonymised")
    int retentionYears() default 10;
}
