package org.backoffice.finance.api.bank;

/** A statement is RECONCILED when every line is matched or explained. */
public enum StatementStatus {
    OPEN, RECONCILED
}
