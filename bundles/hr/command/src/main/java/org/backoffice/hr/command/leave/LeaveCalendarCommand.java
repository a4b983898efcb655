package org.backoffice.hr.command.leave;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.leave.Absence;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "hr", name = "leave-calendar", description = "Who is away when, in a department and a date range")
@Service
public class LeaveCalendarCommand implements Action {

    static final Table<Absence> TABLE = Table.of(Absence.class)
            .column("Employee", Absence::employee)
            .column("Name", 30, Absence::employeeName)
            .column("Type", Absence::type)
            .column("From", Absence::from)
            .column("To", Absence::to)
            .column("Part", Absence::part)
            .column("State", Absence::state);

    @Reference
    LeaveService leave;

    @Argument(index = 0, name = "from", description = "First day (YYYY-MM-DD)", required = true)
    String from;

    @Argument(index = 1, name = "to", description = "Last day (YYYY-MM-DD)", required = true)
    String to;

    @Option(name = "--department", aliases = "-d", description = "The department code (all when left out)")
    String department;

    @Override
    public Object execute() throws Exception {
        TABLE.print(ShellProblems.report(() -> leave.calendar(department, ShellValues.date("from", from),
                ShellValues.date("to", to))));
        return null;
    }
}
