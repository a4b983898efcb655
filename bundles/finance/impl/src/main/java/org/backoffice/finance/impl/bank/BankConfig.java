package org.backoffice.finance.impl.bank;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The bank's keys of {@code org.backoffice.finance} (see {@link org.backoffice.finance.impl.FinanceConfig}). */
@ObjectClassDefinition(name = "Backoffice finance: bank", description = "Bank accounts and statement matching")
public @interface BankConfig {

    @AttributeDefinition(description = "Expense account for bank charges of bank accounts that name no fee account")
    String bankChargesAccount() default "6500";

    @AttributeDefinition(description = "Days either side of a statement line's booking date within which an open"
            + " item of the same amount is proposed (invoices by due date, receipts by date)")
    int bankMatchWindowDays() default 7;
}
