package org.backoffice.hr.command.employees;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.employees.EmployeeQuery;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.hr.api.employees.EmployeeStatus;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "hr", name = "employee-list", description = "Lists employees (the directory, no personal fields)")
@Service
public class EmployeeListCommand extends PagedListCommand {

    @Reference
    EmployeeService employees;

    @Option(name = "--query", aliases = "-q", description = "Part of the number, a name or the work e-mail")
    String text;

    @Option(name = "--department", aliases = "-d", description = "Department code")
    String department;

    @Option(name = "--position", aliases = "-p", description = "Position code")
    String position;

    @Option(name = "--manager", aliases = "-m", description = "The manager's employee number")
    String manager;

    @Option(name = "--status", aliases = "-s", description = "ACTIVE, ON_LEAVE or TERMINATED")
    EmployeeStatus status;

    @Override
    public Object execute() throws Exception {
        print(ShellProblems.report(() -> employees.find(new EmployeeQuery(text, department, position, status,
                manager), page())), EmployeeTable.TABLE, "employees");
        return null;
    }
}
