package org.backoffice.hr.api.employees;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change in an employee's history: {@code kind} is HIRED, ASSIGNMENT (organisation values from that day),
 * CONTRACT (a contract version from that day) or TERMINATED.
 */
public record HistoryEntry(LocalDate effectiveFrom, String kind, String department, String position, String manager,
        String calendar, Long contract, String detail, Instant recordedAt) {
}
