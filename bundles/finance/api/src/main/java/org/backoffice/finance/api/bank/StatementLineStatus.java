package org.backoffice.finance.api.bank;

/** UNMATCHED lines wait for a match; MATCHED settle an open item; EXPLAINED are posted to an account. */
public enum StatementLineStatus {
    UNMATCHED, MATCHED, EXPLAINED
}
