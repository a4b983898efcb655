package org.backoffice.finance.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Backoffice finance", description = "General ledger settings")
public @interface FinanceConfig {

    String PID = "org.backoffice.finance";

    @AttributeDefinition(description = "Base currency of the ledger (ISO 4217); every entry balances in it")
    String baseCurrency() default "USD";

    @AttributeDefinition(description = "Month (1-12) in which fiscal years start")
    int fiscalYearStartMonth() default 1;

    @AttributeDefinition(description = "Account that takes rounding differences of foreign-currency entries")
    String roundingAccount() default "6900";

    @AttributeDefinition(description = "Equity account that takes the year's result at year-end close")
    String retainedEarningsAccount() default "3200";

    @AttributeDefinition(description = "Receivables account debited by customer invoices (with the customer code)")
    String receivablesAccount() default "1200";

    @AttributeDefinition(description = "Account of realized exchange differences (foreign-currency settlements)")
    String exchangeDifferenceAccount() default "6900";

    @AttributeDefinition(description = "Income account of invoice lines that name none")
    String salesAccount() default "4000";

    @AttributeDefinition(description = "Account debited by receipts that name none")
    String bankAccount() default "1100";

    @AttributeDefinition(description = "Expense account for bank charges of bank accounts that name no fee account")
    String bankChargesAccount() default "6500";

    @AttributeDefinition(description = "Days either side of a statement line's booking date within which an open"
            + " item of the same amount is proposed (invoices by due date, receipts by date)")
    int bankMatchWindowDays() default 7;

    @AttributeDefinition(description = "Days until an invoice or bill is due when neither it nor the partner says")
    int defaultPaymentTermsDays() default 30;

    @AttributeDefinition(description = "Charge dunning fees as invoices (receivable of the customer, fee account)")
    boolean dunningFeesPost() default true;

    @AttributeDefinition(description = "Income account credited by dunning fees")
    String dunningFeeAccount() default "4900";

    @AttributeDefinition(description = "Tax code of the fee invoices (a fee for late payment is usually outside VAT)")
    String dunningFeeTaxCode() default "ZERO";

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
