package org.backoffice.logistics.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Backoffice logistics", description = "Purchasing and goods receipt settings")
public @interface LogisticsConfig {

    String PID = "org.backoffice.logistics";

    @AttributeDefinition(description = "How many percent more than ordered a purchase order line may receive in "
            + "total, as a decimal between 0 and 100 (0: never more than ordered)")
    String overReceiptTolerancePercent() default "0";
}
