package org.backoffice.finance.impl.bank;

import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.receivables.ReceiptEntity;

/** Receipts already recorded on the bank's ledger account that no statement line names yet, for their full amount. */
final class ReceiptItems extends UnreconciledItems<ReceiptEntity> {

    static final String KIND = "RECEIPT";

    ReceiptItems() {
        super(KIND, ReceiptEntity.class, "receipt");
    }

    @Override
    OpenItem item(ReceiptEntity r) {
        return new OpenItem(KIND, r.id(), r.number(), r.reference(), r.customer(), null, r.amount(), r.date());
    }

    @Override
    public Settlement settle(LedgerTransaction tx, BankAccountEntity bank, MatchRules.Line line, OpenItem item) {
        return new Settlement(item.number(), item.id(), null, false, null);
    }
}
