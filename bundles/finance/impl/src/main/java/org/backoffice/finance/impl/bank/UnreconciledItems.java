package org.backoffice.finance.impl.bank;

import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.finance.impl.document.SettlementColumns;

/**
 * Receipts or supplier payments already recorded on the bank's ledger account, in its currency, that no statement
 * line names yet (unreconciled). Settling one only links it to the line: it reached the ledger when it was recorded.
 */
abstract class UnreconciledItems<S extends SettlementColumns> implements OpenItemSource {

    private final String kind;
    private final Class<S> type;
    private final String unreconciled;

    /** {@code lineColumn}: the statement line attribute that names a settlement of this type. */
    UnreconciledItems(String kind, Class<S> type, String lineColumn) {
        this.kind = kind;
        this.type = type;
        this.unreconciled = "SELECT s FROM " + type.getSimpleName() + " s WHERE s.bankAccount = :ledger"
                + " AND s.currency = :currency AND NOT EXISTS (SELECT l.id FROM StatementLineEntity l"
                + " WHERE l." + lineColumn + " = s.id)";
    }

    /** The settlement as an open item, signed as the bank sees it. */
    abstract OpenItem item(S settlement);

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public List<OpenItem> openItems(EntityManager em, BankAccountEntity bank) {
        return em.createQuery(unreconciled, type).setParameter("ledger", bank.ledgerAccount())
                .setParameter("currency", bank.currency()).getResultList().stream().map(this::item).toList();
    }

    @Override
    public OpenItem openItem(EntityManager em, BankAccountEntity bank, long id) {
        return em.createQuery(unreconciled + " AND s.id = :id", type)
                .setParameter("ledger", bank.ledgerAccount()).setParameter("currency", bank.currency())
                .setParameter("id", id).getResultStream().findFirst().map(this::item).orElse(null);
    }
}
