package org.backoffice.payroll.api.runs;

/** DRAFT (calculated, may be recalculated and changed) → APPROVED → POSTED (immutable). */
public enum RunStatus {
    DRAFT, APPROVED, POSTED
}
