package org.backoffice.finance.api.ledger;

/** Drafts can still be changed; posted entries are immutable and corrected by reversal. */
public enum EntryStatus {
    DRAFT,
    POSTED
}
