package org.backoffice.hr.api.employees;

import java.time.LocalDate;

import org.backoffice.platform.api.Address;

/**
 * An employee, addressed by its unique number. The personal fields ({@code birthDate}, {@code nationalId},
 * {@code homeAddress}, {@code iban}, {@code bic}, {@code emergencyContact}, {@code notes}) are {@code null} when the
 * caller may not see them (an hr-viewer, and every list). {@code department}, {@code position}, {@code manager} and
 * {@code calendar} are effective-dated: the values in force on the day asked for (today by default).
 *
 * @param number     unique; generated ({@code EMP-2026-000001}) when not given on hire
 * @param department department code
 * @param position   position code
 * @param manager    the manager's employee number
 * @param calendar   platform business calendar code; {@code null} for the platform default
 * @param user       the JAAS user name of the employee (self-service), unique
 * @param legalHold  while true the record cannot be anonymised
 * @param version    optimistic lock; required on update, ignored on hire
 */
public record Employee(String number, String givenName, String familyName, String preferredName, String workEmail,
        String workPhone, LocalDate birthDate, String nationalId, Address homeAddress, String iban, String bic,
        String emergencyContact, LocalDate hireDate, LocalDate terminationDate, String terminationReason,
        EmployeeStatus status, String department, String position, String manager, String costCentre,
        String calendar, String user, String notes, Boolean legalHold, Long version) {

    /** The name to show: the preferred name or the given name, then the family name. */
    public String displayName() {
        String first = preferredName != null && !preferredName.isBlank() ? preferredName : givenName;
        return first == null ? familyName : familyName == null ? first : first + " " + familyName;
    }

    /** The same employee without its personal fields. */
    public Employee withoutPersonalFields() {
        return new Employee(number, givenName, familyName, preferredName, workEmail, workPhone, null, null, null,
                null, null, null, hireDate, terminationDate, terminationReason, status, department, position,
                manager, costCentre, calendar, user, null, legalHold, version);
    }
}
