package org.backoffice.hr.api.employees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of an employee's contract, in force from {@code start} to {@code end} (inclusive; {@code null} is open
 * ended). Versions of one employee never overlap; a raise is a new version from its date (the open version before it
 * then ends the day before), never an edit of the past. Pay fields are {@code null} for callers who may not see them.
 *
 * @param id            assigned on creation
 * @param ftePercent    full-time equivalent, 1 to 100
 * @param workDays      working days per week
 * @param noticeDays    notice period in days
 */
public record Contract(Long id, String employee, ContractType type, LocalDate start, LocalDate end,
        LocalDate probationEnd, BigDecimal ftePercent, BigDecimal weeklyHours, Integer workDays,
        BigDecimal payAmount, String payCurrency, PayFrequency payFrequency, Integer noticeDays) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
}
