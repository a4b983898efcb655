package org.backoffice.finance.api.ledger;

/** A period takes postings while OPEN. */
public enum PeriodStatus {
    OPEN,
    CLOSED
}
