package org.backoffice.hr.command.leave;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.leave.AccrualRun;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "hr", name = "leave-accrue", description = "Credits every leave accrual due (idempotent)")
@Service
public class LeaveAccrueCommand implements Action {

    @Reference
    LeaveService leave;

    @Option(name = "--through", description = "Credit periods credited up to this date (today by default)")
    String through;

    @Override
    public Object execute() throws Exception {
        LocalDate day = through == null ? LocalDate.now() : ShellValues.date("through", through);
        AccrualRun run = ShellProblems.report(() -> leave.runAccruals(day));
        System.out.println(run.credited() + " credits through " + run.through() + " for " + run.employees()
                + " employees (" + run.alreadyCredited() + " up to date) in " + run.millis() + " ms");
        return null;
    }
}
