package org.backoffice.finance.impl.payables;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The payables' keys of {@code org.backoffice.finance} (see {@link org.backoffice.finance.impl.FinanceConfig}). */
@ObjectClassDefinition(name = "Backoffice finance: payables", description = "Supplier bills, payments, payment runs")
public @interface PayablesConfig {

    @AttributeDefinition(description = "Payables account credited by supplier bills (with the supplier code)")
    String payablesAccount() default "2000";

    @AttributeDefinition(description = "Expense account of supplier bill lines that name none")
    String purchasesAccount() default "5000";

    @AttributeDefinition(description = "Company name written as debtor and initiating party into payment files")
    String companyName() default "Backoffice Company";

    @AttributeDefinition(description = "IBAN of the company's bank account that payment runs pay from (payment files)")
    String companyIban() default "DE89370400440532013000";

    @AttributeDefinition(description = "BIC of the company's bank (payment files)")
    String companyBic() default "COBADEFFXXX";
}
