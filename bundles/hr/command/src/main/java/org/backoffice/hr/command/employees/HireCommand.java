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

@Command(scope = "hr", name = "hire", description = "Hires an employee and prints the employee number")
@Service
public class HireCommand implements Action {

    @Reference
    EmployeeService employees;

    @Argument(index = 0, name = "givenName", description = "Given name", required = true)
    String givenName;

    @Argument(index = 1, name = "familyName", description = "Family name", required = true)
    String familyName;

    @Option(name = "--hired", description = "Hire date, e.g. 2026-03-01 (default today)")
    String hired;

    @Option(name = "--number", aliases = "-n", description = "The employee number (default: generated, EMP-YYYY-NNNNNN)")
    String number;

    @Option(name = "--department", aliases = "-d", description = "Department code")
    String department;

    @Option(name = "--position", aliases = "-p", description = "Position code")
    String position;

    @Option(name = "--manager", aliases = "-m", description = "The manager's employee number")
    @Completion(EmployeeNumberCompleter.class)
    String manager;

    @Option(name = "--email", aliases = "-e", description = "Work e-mail")
    String email;

    @Option(name = "--user", aliases = "-u", description = "The employee's user name (self-service)")
    String user;

    @Option(name = "--calendar", description = "Working calendar code")
    String calendar;

    @Override
    public Object execute() throws Exception {
        java.time.LocalDate date = hired == null ? java.time.LocalDate.now() : ShellValues.date("hired", hired);
        Employee e = ShellProblems.report(() -> employees.hire(new Employee(number, givenName, familyName, null,
                email, null, null, null, null, null, null, null, date, null, null, null, department, position,
                manager, null, calendar, user, null, null, null)));
        System.out.println("Hired " + e.number() + " " + e.displayName() + " on " + e.hireDate());
        return null;
    }
}
