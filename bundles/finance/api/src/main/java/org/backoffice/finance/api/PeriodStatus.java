package org.backoffice.finance.api;

/** A period takes postings while OPEN. */
public enum PeriodStatus {
    OPEN,
    CLOSED
}
