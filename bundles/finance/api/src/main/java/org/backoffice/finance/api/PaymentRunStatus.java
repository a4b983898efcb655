package org.backoffice.finance.api;

/** PROPOSED runs can be reviewed and trimmed; EXECUTED runs have made their payments and are final. */
public enum PaymentRunStatus {
    PROPOSED,
    EXECUTED
}
