package org.backoffice.hr.api.employees;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Employees: hire, effective-dated changes, contracts, termination, personal data. Who may see what is decided here
 * for the current caller: hr-manager everything, hr-viewer the directory without personal fields, an employee their
 * own record; what the caller may not see is a {@code NotFoundProblem}. Every read of personal fields is audited
 * ({@code READ_PERSONAL}).
 */
@ProviderType
public interface EmployeeService {

    /** Hires: number generated when not given; emits EMPLOYEE_HIRED. */
    Employee hire(Employee employee);

    /** The employee as of {@code asOf} ({@code null}: today). */
    Optional<Employee> get(String number, LocalDate asOf);

    /** Like {@link #get} but a missing (or hidden) employee is a {@code NotFoundProblem}. */
    Employee require(String number, LocalDate asOf);

    /** Directory, sorted by family and given name; never with personal fields. */
    Page<Employee> find(EmployeeQuery query, PageRequest page);

    /**
     * Replaces the non-effective-dated fields with the {@code version} read; organisation values that differ become a
     * change effective today. Emits EMPLOYEE_CHANGED.
     */
    Employee update(String number, Employee employee);

    /** An effective-dated change of department, position, manager or calendar; emits EMPLOYEE_CHANGED. */
    Employee change(String number, EmployeeChange change);

    /** Every change, oldest first. */
    List<HistoryEntry> history(String number);

    /** Last day {@code date}; open contracts end then. Emits EMPLOYEE_TERMINATED. */
    Employee terminate(String number, LocalDate date, String reason);

    /** The employee's contract versions, oldest first. */
    List<Contract> contracts(String number);

    /** Adds a contract version; see {@link Contract}. */
    Contract addContract(String number, Contract contract);

    /** For payroll: every contract version in force on at least one day from {@code from} to {@code to}. */
    List<Contract> contractsInForce(LocalDate from, LocalDate to);

    /** Everything held about the employee (GDPR export); hr-manager or the employee, 403 for a viewer. */
    Map<String, Object> personalData(String number);

    Employee setLegalHold(String number, boolean hold);

    /**
     * Clears or replaces the personal fields of a terminated employee past the retention period; a legal hold is a
     * {@code ConflictProblem}. Emits EMPLOYEE_ANONYMISED.
     */
    Employee anonymise(String number);

    /** All-or-nothing CSV import (header row, columns as {@link EmployeeCsv#COLUMNS}); errors as {@code row N.field}. */
    List<Employee> importCsv(String csv);

    /** Every employee as CSV (UTF-8, the import's columns, without personal fields for a viewer). */
    String exportCsv();
}
