package org.backoffice.hr.impl.employees;

import java.util.Map;

import org.backoffice.platform.api.error.ProblemException;

/** 403: an hr-viewer asking for an employee's personal-data export (the only HR 403; everything else hidden is 404). */
final class PersonalDataForbidden extends ProblemException {

    private static final long serialVersionUID = 1L;

    PersonalDataForbidden(String number) {
        super(403, "urn:backoffice:problem:forbidden", "Forbidden",
                "the personal data of employee '" + number + "' is for HR managers and the employee only", Map.of());
    }
}
