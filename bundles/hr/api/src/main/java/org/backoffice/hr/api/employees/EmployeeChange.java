package org.backoffice.hr.api.employees;

import java.time.LocalDate;

/**
 * An effective-dated change of an employee's organisation values: from {@code effectiveFrom} on. A {@code null}
 * value keeps what is in force on that day; {@code ""} clears it (manager, calendar).
 */
public record EmployeeChange(LocalDate effectiveFrom, String department, String position, String manager,
        String calendar) {
}
