package org.backoffice.hr.rest.employees;

import java.time.LocalDate;

/** The body of {@code POST /api/hr/employees/{number}/terminate}: the last day and why. */
public record Termination(LocalDate date, String reason) {
}
