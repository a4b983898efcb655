package org.backoffice.hr.command.employees;

import org.backoffice.hr.api.employees.Employee;
import org.backoffice.platform.support.shell.Table;

/** The employee list columns, shared by the commands that list employees. */
public final class EmployeeTable {

    public static final Table<Employee> TABLE = Table.of(Employee.class)
            .column("Number", Employee::number)
            .column("Name", 40, Employee::displayName)
            .column("Department", Employee::department)
            .column("Position", Employee::position)
            .column("Manager", Employee::manager)
            .column("Status", Employee::status)
            .column("Hired", Employee::hireDate);

    private EmployeeTable() {
    }
}
