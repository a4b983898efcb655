package org.backoffice.hr.command.leave;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.leave.LeaveBalance;
import org.backoffice.hr.api.leave.LeaveMovement;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "hr", name = "leave-balance", description = "Shows an employee's leave balances as of a date")
@Service
public class LeaveBalanceCommand implements Action {

    static final Table<LeaveBalance> TABLE = Table.of(LeaveBalance.class)
            .column("Type", LeaveBalance::type)
            .right("Opening", LeaveBalance::opening)
            .right("Carried", LeaveBalance::carriedOver)
            .right("Accrued", LeaveBalance::accrued)
            .right("Used", LeaveBalance::used)
            .right("Expired", LeaveBalance::expired)
            .right("Adjusted", LeaveBalance::adjusted)
            .right("Available", LeaveBalance::available)
            .right("Pending", LeaveBalance::pending);

    static final Table<LeaveMovement> MOVEMENTS = Table.of(LeaveMovement.class)
            .column("Date", LeaveMovement::date)
            .column("Kind", LeaveMovement::kind)
            .right("Amount", LeaveMovement::amount)
            .column("Note", 60, LeaveMovement::note);

    @Reference
    LeaveService leave;

    @Argument(index = 0, name = "employee", description = "The employee number", required = true)
    String employee;

    @Option(name = "--as-of", description = "The date (YYYY-MM-DD), today by default")
    String asOf;

    @Option(name = "--explain", aliases = "-x", description = "List the movements of each type")
    boolean explain;

    @Override
    public Object execute() throws Exception {
        List<LeaveBalance> balances = ShellProblems.report(
                () -> leave.balances(employee, ShellValues.date("asOf", asOf)));
        TABLE.print(balances);
        if (explain) {
            for (LeaveBalance b : balances) {
                if (!b.movements().isEmpty()) {
                    System.out.println();
                    System.out.println(b.type() + ":");
                    MOVEMENTS.print(b.movements());
                }
            }
        }
        return null;
    }
}
