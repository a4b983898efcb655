package org.backoffice.hr.api.training;

import java.time.LocalDate;

/**
 * A certification an employee holds: issued on completing a course ({@code sessionId} set) or recorded from outside.
 * {@code expiry} is {@code null} for one that never expires; it is valid from {@code issued} to {@code expiry}
 * inclusive.
 */
public record Certification(Long id, String employee, String code, String name, LocalDate issued, LocalDate expiry,
        Long sessionId) {

    public boolean validOn(java.time.LocalDate date) {
        return !date.isBefore(issued) && (expiry == null || !date.isAfter(expiry));
    }
}
