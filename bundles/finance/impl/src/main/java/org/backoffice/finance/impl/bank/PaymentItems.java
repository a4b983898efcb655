package org.backoffice.finance.impl.bank;

import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.payables.SupplierPaymentEntity;

/**
 * Supplier payments already recorded on the bank's ledger account (by hand or by a payment run) that no statement
 * line names yet (unreconciled), for their full amount as money out (negative). Settling one only links it to the
 * line: the payment reached the ledger when it was recorded, the statement shows the debit later.
 */
final class PaymentItems implements OpenItemSource {

    static final String KIND = "PAYMENT";

    private static final String UNRECONCILED = "SELECT p FROM SupplierPaymentEntity p WHERE p.bankAccount = :ledger"
            + " AND p.currency = :currency AND NOT EXISTS (SELECT l.id FROM StatementLineEntity l"
            + " WHERE l.payment = p.id)";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<OpenItem> openItems(EntityManager em, BankAccountEntity bank) {
        return em.createQuery(UNRECONCILED, SupplierPaymentEntity.class).setParameter("ledger", bank.ledgerAccount())
                .setParameter("currency", bank.currency()).getResultList().stream().map(PaymentItems::item)
                .toList();
    }

    @Override
    public OpenItem openItem(EntityManager em, BankAccountEntity bank, long id) {
        return em.createQuery(UNRECONCILED + " AND p.id = :id", SupplierPaymentEntity.class)
                .setParameter("ledger", bank.ledgerAccount()).setParameter("currency", bank.currency())
                .setParameter("id", id).getResultStream().findFirst().map(PaymentItems::item).orElse(null);
    }

    private static OpenItem item(SupplierPaymentEntity p) {
        return new OpenItem(KIND, p.id(), p.number(), p.reference(), p.supplier(), null, p.amount().negate(),
                p.date());
    }

    @Override
    public Settlement settle(LedgerTransaction tx, BankAccountEntity bank, MatchRules.Line line, OpenItem item) {
        return new Settlement(item.number(), null, item.id(), false, null);
    }
}
