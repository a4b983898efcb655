package org.backoffice.payroll.api.rules;

import java.time.LocalDate;

/** An employee paid by a structure from {@code from} to {@code to} (inclusive; {@code null}: open ended). */
public record StructureAssignment(Long id, String employee, String structure, LocalDate from, LocalDate to) {
}
