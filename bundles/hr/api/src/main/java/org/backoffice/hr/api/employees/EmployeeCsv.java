package org.backoffice.hr.api.employees;

import java.util.List;

/** The CSV columns of employee import and export. */
public final class EmployeeCsv {

    public static final List<String> COLUMNS = List.of("number", "givenName", "familyName", "preferredName",
            "workEmail", "workPhone", "hireDate", "department", "position", "manager", "costCentre",
            "calendar", "user");

    private EmployeeCsv() {
    }
}
