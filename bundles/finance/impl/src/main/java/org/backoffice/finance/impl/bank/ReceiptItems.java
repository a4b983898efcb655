package org.backoffice.finance.impl.bank;

import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.receivables.ReceiptEntity;

/**
 * Receipts already recorded on the bank's ledger account that no statement line names yet (unreconciled), for their
 * full amount. Settling one only links it to the line: the receipt reached the ledger when it was recorded.
 */
final class ReceiptItems implements OpenItemSource {

    static final String KIND = "RECEIPT";

    private static final String UNRECONCILED = "SELECT r FROM ReceiptEntity r WHERE r.bankAccount = :ledger"
            + " AND r.currency = :currency AND NOT EXISTS (SELECT l.id FROM StatementLineEntity l"
            + " WHERE l.receipt = r.id)";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<OpenItem> openItems(EntityManager em, BankAccountEntity bank) {
        return em.createQuery(UNRECONCILED, ReceiptEntity.class).setParameter("ledger", bank.ledgerAccount())
                .setParameter("currency", bank.currency()).getResultList().stream().map(ReceiptItems::item).toList();
    }

    @Override
    public OpenItem openItem(EntityManager em, BankAccountEntity bank, long id) {
        return em.createQuery(UNRECONCILED + " AND r.id = :id", ReceiptEntity.class)
                .setParameter("ledger", bank.ledgerAccount()).setParameter("currency", bank.currency())
                .setParameter("id", id).getResultStream().findFirst().map(ReceiptItems::item).orElse(null);
    }

    private static OpenItem item(ReceiptEntity r) {
        return new OpenItem(KIND, r.id(), r.number(), r.reference(), r.customer(), null, r.amount(), r.date());
    }

    @Override
    public Settlement settle(LedgerTransaction tx, BankAccountEntity bank, MatchRules.Line line, OpenItem item) {
        return new Settlement(item.number(), item.id(), null, false, null);
    }
}
