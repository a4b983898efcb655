package org.backoffice.payroll.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.payroll.api.runs.PayrollRun;
import org.backoffice.payroll.api.runs.PayrollService;
import org.backoffice.payroll.api.runs.RunType;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "payroll", name = "run", description = "Creates and calculates a payroll run for a month, or recalculates a draft")
@Service
public class RunCommand implements Action {

    @Reference
    PayrollService payroll;

    @Argument(index = 0, name = "period", description = "The month, e.g. 2026-01", required = true)
    String period;

    @Option(name = "--correction", description = "A correction run for a posted month")
    boolean correction;

    @Option(name = "--recalculate", description = "Recalculates this draft run instead of creating one")
    Long recalculate;

    @Override
    public Object execute() throws Exception {
        PayrollRun run = ShellProblems.report(() -> recalculate != null ? payroll.calculate(recalculate, null)
                : payroll.create(new PayrollRun(null, period, correction ? RunType.CORRECTION : RunType.REGULAR,
                        null, null, List.of(), List.of(), 0, null, null, null, null, List.of(), null, null, null)));
        PayrollTables.printRun(run);
        return null;
    }
}
