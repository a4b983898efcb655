package org.backoffice.finance.api.document;

/**
 * Where a customer invoice or a supplier bill is: DRAFT (editable, no number), POSTED (numbered, in the ledger,
 * nothing settled yet), PARTIALLY_PAID, PAID (open amount zero: by receipts and/or credit notes, for bills by
 * supplier payments). Credit notes are POSTED once created.
 */
public enum InvoiceStatus {
    DRAFT,
    POSTED,
    PARTIALLY_PAID,
    PAID
}
