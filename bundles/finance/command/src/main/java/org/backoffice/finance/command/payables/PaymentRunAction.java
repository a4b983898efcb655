package org.backoffice.finance.command.payables;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.payables.PaymentRun;
import org.backoffice.platform.support.shell.ShellProblems;

/** What the commands on one proposed payment run share: its id, the service, and printing the run afterwards. */
abstract class PaymentRunAction implements Action {

    @Reference
    PayablesService payables;

    @Argument(index = 0, name = "id", description = "Id of the proposed payment run", required = true)
    long id;

    /** Does the command's work on the run and returns it as it is now. */
    abstract PaymentRun apply(PayablesService service, long run);

    @Override
    public Object execute() throws Exception {
        PaymentRunTable.print(ShellProblems.report(() -> apply(payables, id)), "");
        return null;
    }
}
