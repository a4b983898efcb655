package org.backoffice.finance.impl.ledger;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The ledger's keys of {@code org.backoffice.finance} (see {@link org.backoffice.finance.impl.FinanceConfig}). */
@ObjectClassDefinition(name = "Backoffice finance: ledger", description = "General ledger settings")
public @interface LedgerConfig {

    @AttributeDefinition(description = "Base currency of the ledger (ISO 4217); every entry balances in it")
    String baseCurrency() default "USD";

    @AttributeDefinition(description = "Month (1-12) in which fiscal years start")
    int fiscalYearStartMonth() default 1;

    @AttributeDefinition(description = "Account that takes rounding differences of foreign-currency entries")
    String roundingAccount() default "6900";

    @AttributeDefinition(description = "Equity account that takes the year's result at year-end close")
    String retainedEarningsAccount() default "3200";

    @AttributeDefinition(description = "On finance's first start (no fiscal year at all), open the fiscal year of"
            + " today, as a setup wizard would; a server that has a year is left as it is")
    boolean openCurrentFiscalYear() default true;
}
