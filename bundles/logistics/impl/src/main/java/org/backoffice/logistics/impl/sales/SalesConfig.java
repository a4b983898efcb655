package org.backoffice.logistics.impl.sales;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Sales' own settings, under its own PID (the module PID {@code org.backoffice.logistics} is purchasing's). */
@ObjectClassDefinition(name = "Backoffice logistics: sales", description = "Sales order defaults")
@interface SalesConfig {

    String PID = "org.backoffice.logistics.sales";

    @AttributeDefinition(description = "ISO 4217 currency of a sales order that names none, when its customer has "
            + "no currency or the partners module is not installed")
    String baseCurrency() default "EUR";
}
