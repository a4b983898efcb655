package org.backoffice.hr.command.employees;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "hr", name = "terminate", description = "Terminates an employee on a date (the last day)")
@Service
public class TerminateCommand implements Action {

    @Reference
    EmployeeService employees;

    @Argument(index = 0, name = "number", description = "The employee number", required = true)
    @Completion(EmployeeNumberCompleter.class)
    String number;

    @Argument(index = 1, name = "date", description = "Last day of employment, e.g. 2026-06-30", required = true)
    String date;

    @Argument(index = 2, name = "reason", description = "Why (quote it)", required = true)
    String reason;

    @Override
    public Object execute() throws Exception {
        Employee e = ShellProblems.report(() -> employees.terminate(number, ShellValues.date("date", date), reason));
        System.out.println("Terminated " + e.number() + " " + e.displayName() + " on " + e.terminationDate());
        return null;
    }
}
