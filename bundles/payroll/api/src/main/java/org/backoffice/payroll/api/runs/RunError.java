package org.backoffice.payroll.api.runs;

/** Why an employee could not be calculated (no structure, no contract, an input missing): the run cannot be approved. */
public record RunError(String employee, String message) {
}
