package org.backoffice.hr.api.employees;

/**
 * Filters for {@link EmployeeService#find}; {@code null} fields do not filter. Organisation values are today's.
 *
 * @param text part of the number, a name or the work e-mail, case-insensitive
 */
public record EmployeeQuery(String text, String department, String position, EmployeeStatus status,
        String manager) {

    public static EmployeeQuery all() {
        return new EmployeeQuery(null, null, null, null, null);
    }
}
