package org.backoffice.finance.impl.ledger;

import java.util.function.Function;

/**
 * The ledger's posting transaction, offered to the other services of this bundle (invoices, receipts) as a service
 * of a bundle-private type: no other bundle can see the interface, so none can use it.
 */
public interface PostingTransactions {

    /** Runs the work on the posting writer, in the group transaction that also stores its journal entries. */
    <T> T inPostingTransaction(Function<LedgerTransaction, T> work);
}
