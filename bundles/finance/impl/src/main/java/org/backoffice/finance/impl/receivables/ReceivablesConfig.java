package org.backoffice.finance.impl.receivables;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The receivables' keys of {@code org.backoffice.finance} (see {@link org.backoffice.finance.impl.FinanceConfig}). */
@ObjectClassDefinition(name = "Backoffice finance: receivables", description = "Customer invoices and receipts")
public @interface ReceivablesConfig {

    @AttributeDefinition(description = "Receivables account debited by customer invoices (with the customer code)")
    String receivablesAccount() default "1200";

    @AttributeDefinition(description = "Income account of invoice lines that name none")
    String salesAccount() default "4000";
}
