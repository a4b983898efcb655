package org.backoffice.finance.impl.dunning;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Dunning's keys of {@code org.backoffice.finance} (see {@link org.backoffice.finance.impl.FinanceConfig}). */
@ObjectClassDefinition(name = "Backoffice finance: dunning", description = "Dunning fees")
public @interface DunningConfig {

    @AttributeDefinition(description = "Charge dunning fees as invoices (receivable of the customer, fee account)")
    boolean dunningFeesPost() default true;

    @AttributeDefinition(description = "Income account credited by dunning fees")
    String dunningFeeAccount() default "4900";

    @AttributeDefinition(description = "Tax code of the fee invoices (a fee for late payment is usually outside VAT)")
    String dunningFeeTaxCode() default "ZERO";
}
