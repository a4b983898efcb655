package org.backoffice.bridge.payrollfinance;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.backoffice.bridge.payrollfinance.cfg}: the ledger accounts of each payroll component. */
@ObjectClassDefinition(name = "Backoffice bridge payroll-finance",
        description = "Posted payroll runs become balanced journal entries")
@interface PayrollFinanceConfig {

    String PID = "org.backoffice.bridge.payrollfinance";

    /** One entry per run, or one per cost centre of the run's employees. */
    enum JournalPer {
        RUN, COST_CENTRE
    }

    /** Where the bridge starts reading the event log the first time it runs. */
    enum CatchUp {
        /** Every posted run in the log, also those posted before finance was installed. */
        FROM_BEGINNING,
        /** Only runs posted after the bridge's first start. */
        FROM_INSTALLATION
    }

    @AttributeDefinition(description = "CODE=ACCOUNT per component: the expense account of an earning or an employer"
            + " contribution (debited), the liability account of a deduction such as tax (credited)")
    String[] components() default {};

    @AttributeDefinition(description = "Credited with the net pay of the run")
    String netPayAccount() default "2200";

    @AttributeDefinition(description = "Credited with the employer contributions (social contributions payable)")
    String contributionsPayableAccount() default "2200";

    @AttributeDefinition(description = "RUN: one entry per run; COST_CENTRE: one entry per cost centre")
    JournalPer journalPer() default JournalPer.RUN;

    @AttributeDefinition(description = "FROM_BEGINNING: also runs posted before finance was installed")
    CatchUp catchUp() default CatchUp.FROM_BEGINNING;
}
