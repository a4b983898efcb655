package org.backoffice.hr.api.leave;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an employee asks for. {@code to} defaults to {@code from}; a half day ({@code MORNING}/{@code AFTERNOON}) or
 * {@code HOURS} is one day; {@code attachment} names a document (reference or file name) where the type needs one.
 */
public record LeaveRequestDraft(String type, LocalDate from, LocalDate to, LeavePart part, BigDecimal hours,
        String reason, String attachment) {
}
