package org.backoffice.finance.impl.document;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What invoices and bills (and their settlements) default to alike: keys of {@code org.backoffice.finance} (see
 * {@link org.backoffice.finance.impl.FinanceConfig}).
 */
@ObjectClassDefinition(name = "Backoffice finance: documents", description = "Defaults of invoices and bills")
public @interface DocumentConfig {

    @AttributeDefinition(description = "Days until an invoice or bill is due when neither it nor the partner says")
    int defaultPaymentTermsDays() default 30;

    @AttributeDefinition(description = "Account of realized exchange differences (foreign-currency settlements)")
    String exchangeDifferenceAccount() default "6900";

    @AttributeDefinition(description = "Account debited by receipts (credited by supplier payments) that name none")
    String bankAccount() default "1100";

    @AttributeDefinition(description = "Tax code of invoice lines that name none; empty: every line must name one")
    String defaultTaxCode() default "STD";
}
