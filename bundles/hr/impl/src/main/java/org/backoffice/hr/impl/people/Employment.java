package org.backoffice.hr.impl.people;

import java.time.LocalDate;

/**
 * One employee as leave and training see them on a given day: identity, employment dates and the effective-dated
 * organisation values in force on that day.
 *
 * @param employeeId   the internal id (HR tables refer to employees by it)
 * @param number       the employee number, the id REST and the shell use
 * @param user         the JAAS user linked to the employee, or {@code null}
 * @param terminated   the last day of employment, or {@code null}
 * @param calendar     the platform calendar code in force (never {@code null}: the platform DEFAULT when unset)
 * @param departmentId {@code null} when none
 * @param positionId   {@code null} when none
 * @param managerId    the employee id of the manager, {@code null} when none
 */
public record Employment(long employeeId, String number, String displayName, String user, LocalDate hired,
        LocalDate terminated, String calendar, Long departmentId, Long positionId, Long managerId) {

    /** Whether the person is employed on {@code date} (hire date to termination date, both inclusive). */
    public boolean employedOn(LocalDate date) {
        return !date.isBefore(hired) && (terminated == null || !date.isAfter(terminated));
    }
}
