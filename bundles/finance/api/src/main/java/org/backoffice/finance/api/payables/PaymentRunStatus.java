package org.backoffice.finance.api.payables;

/**
 * PROPOSED runs can be reviewed and trimmed, and hold their bills (another proposal does not select them); EXECUTED
 * runs have made their payments and are final; CANCELLED runs were dropped before paying and free their bills.
 */
public enum PaymentRunStatus {
    PROPOSED,
    EXECUTED,
    CANCELLED
}
