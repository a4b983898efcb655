package org.backoffice.finance.impl.payables;

import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.payables.SupplierPaymentDraft;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;
import org.backoffice.finance.impl.receivables.ReceiptPosting;

/**
 * Supplier payments recorded by other services of this bundle inside their own posting transaction (a bank statement
 * line matched to an open bill creates its payment in the transaction that records the match). Bundle-private, like
 * {@link PostingTransactions}; the mirror of {@link ReceiptPosting}.
 */
public interface PaymentPosting {

    /**
     * Checks and records a payment as {@code PayablesService.recordPayment} does (the supplier is not looked up in the
     * partner directory: callers pay suppliers of posted bills), inside the running posting transaction; everything
     * is checked before anything is written, so a refusal leaves the transaction usable.
     */
    SupplierPaymentEntity pay(LedgerTransaction tx, SupplierPaymentDraft draft);
}
