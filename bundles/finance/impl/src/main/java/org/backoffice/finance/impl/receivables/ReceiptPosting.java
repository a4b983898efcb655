package org.backoffice.finance.impl.receivables;

import org.backoffice.finance.api.receivables.ReceiptDraft;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;

/**
 * Receipts recorded by other services of this bundle inside their own posting transaction (a bank statement line
 * matched to an invoice creates its receipt in the transaction that records the match). Bundle-private, like
 * {@link PostingTransactions}.
 */
public interface ReceiptPosting {

    /**
     * Checks and records a receipt as {@code ReceivablesService.recordReceipt} does, inside the running posting
     * transaction; everything is checked before anything is written, so a refusal leaves the transaction usable. Does
     * not flush: the caller flushes once for all its receipts.
     */
    ReceiptEntity receive(LedgerTransaction tx, ReceiptDraft draft);
}
