package org.backoffice.payroll.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.payroll.api.runs.PayrollService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "payroll", name = "approve", description = "Approves a calculated draft run without errors")
@Service
public class ApproveCommand implements Action {

    @Reference
    PayrollService payroll;

    @Argument(index = 0, name = "run", description = "The run id", required = true)
    long run;

    @Override
    public Object execute() throws Exception {
        PayrollTables.printRun(ShellProblems.report(() -> payroll.approve(run)));
        return null;
    }
}
