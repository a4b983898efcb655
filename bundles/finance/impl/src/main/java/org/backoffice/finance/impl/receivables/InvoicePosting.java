package org.backoffice.finance.impl.receivables;

import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.impl.ledger.LedgerTransaction;

/**
 * Invoices created and posted by other services of this bundle inside their own posting transaction (a dunning run
 * charges each notice's fee as an invoice, committed with the notice). Bundle-private, like {@link ReceiptPosting}.
 */
public interface InvoicePosting {

    /**
     * Checks, creates and posts an invoice as {@code createInvoice} then {@code postInvoice} do, inside the running
     * posting transaction, and returns it posted. The draft must name its due date; its customer is not looked up in
     * the partners module (the caller's own documents name it already, and an inactive customer still owes). A
     * refusal after the invoice was stored fails the whole transaction. Does not flush.
     */
    InvoiceEntity createPosted(LedgerTransaction tx, InvoiceDraft draft);
}
