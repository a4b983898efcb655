package org.backoffice.hr.impl.leave;

/** The kinds of rows in HR_LEAVE_MOVEMENT, and of the lines the balance rules derive from them. */
final class Ledger {

    /** A credit of the accrual job, one per employee, type and period (PERIOD_KEY 2026-03 or 2026). */
    static final String ACCRUAL = "ACCRUAL";
    /** A manual correction with a reason. */
    static final String ADJUSTMENT = "ADJUSTMENT";
    /** Days taken by an approved request (negative), given back (positive) when it is cancelled. */
    static final String USE = "USE";
    /** Derived: the part of the previous year's balance moved into the year. */
    static final String CARRY_OVER = "CARRY_OVER";
    /** Derived: what lapsed at the year end (over the carry-over maximum) or at the carry-over deadline. */
    static final String EXPIRY = "EXPIRY";

    private Ledger() {
    }
}
