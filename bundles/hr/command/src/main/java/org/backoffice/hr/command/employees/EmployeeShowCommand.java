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
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "hr", name = "employee-show", description = "Shows one employee (personal fields for HR managers)")
@Service
public class EmployeeShowCommand implements Action {

    @Reference
    EmployeeService employees;

    @Argument(index = 0, name = "number", description = "The employee number", required = true)
    @Completion(EmployeeNumberCompleter.class)
    String number;

    @Option(name = "--as-of", description = "The state on that day, e.g. 2026-03-01 (default today)")
    String asOf;

    @Override
    public Object execute() throws Exception {
        Employee e = ShellProblems.report(() -> employees.require(number, ShellValues.date("asOf", asOf)));
        new Details()
                .add("Number", e.number())
                .add("Name", e.givenName() + " " + e.familyName())
                .add("Preferred name", e.preferredName())
                .add("Work e-mail", e.workEmail())
                .add("Work phone", e.workPhone())
                .add("Status", e.status())
                .add("Hired", e.hireDate())
                .add("Terminated", e.terminationDate())
                .add("Department", e.department())
                .add("Position", e.position())
                .add("Manager", e.manager())
                .add("Calendar", e.calendar())
                .add("Cost centre", e.costCentre())
                .add("User", e.user())
                .add("Birth date", e.birthDate())
                .add("National id", e.nationalId())
                .add("Home address", e.homeAddress() == null ? null : e.homeAddress().oneLine())
                .add("Bank account", e.iban() == null ? null : e.iban() + (e.bic() == null ? "" : " (" + e.bic() + ")"))
                .add("Emergency contact", e.emergencyContact())
                .add("Legal hold", Boolean.TRUE.equals(e.legalHold()))
                .add("Version", e.version())
                .print();
        return null;
    }
}
