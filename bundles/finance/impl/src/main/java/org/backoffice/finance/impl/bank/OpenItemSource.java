package org.backoffice.finance.impl.bank;

import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.finance.impl.ledger.LedgerTransaction;

/**
 * A kind of open item statement lines may settle (customer invoices, unreconciled receipts, supplier bills,
 * unreconciled supplier payments). The matcher loads every source's items once per run and matches in memory; a
 * match a person or auto-match accepts is settled by the source inside the posting transaction.
 */
interface OpenItemSource {

    /** What the items are, e.g. {@code INVOICE}; also the key of {@link org.backoffice.finance.api.bank.MatchRequest}. */
    String kind();

    /** The open items in the bank account's currency that lines of that account may settle. */
    List<OpenItem> openItems(EntityManager em, BankAccountEntity bank);

    /** One open item, or {@code null} when it does not exist or is no longer open for this bank account. */
    OpenItem openItem(EntityManager em, BankAccountEntity bank, long id);

    /**
     * Settles the item with the line inside the posting transaction: posts whatever the settlement needs and returns
     * what the line records. Does not flush: the caller flushes once for all lines. The item was checked to be open
     * and of the same sign as the line.
     */
    Settlement settle(LedgerTransaction tx, BankAccountEntity bank, MatchRules.Line line, OpenItem item);

    /**
     * What a settlement left on the line: the receipt (money in) or supplier payment (money out) it linked or, when
     * {@code created}, created with its journal entry.
     */
    record Settlement(String number, Long receipt, Long payment, boolean created, Long journalEntry) {
    }
}
