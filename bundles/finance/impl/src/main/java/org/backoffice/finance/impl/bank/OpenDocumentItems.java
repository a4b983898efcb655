package org.backoffice.finance.impl.bank;

import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.impl.document.TaxedDocumentColumns;

/**
 * Posted or partly paid invoices or bills in the bank account's currency with an open amount, as open items dated by
 * their due date. Settling one is the subclass's: it records a receipt or a payment allocated to the document.
 */
abstract class OpenDocumentItems<D extends TaxedDocumentColumns> implements OpenItemSource {

    private static final List<InvoiceStatus> OPEN = List.of(InvoiceStatus.POSTED, InvoiceStatus.PARTIALLY_PAID);

    private final String kind;
    private final Class<D> type;
    private final String query;

    /** {@code condition}: what else selects the documents (a constant JPQL condition on {@code d}), or null. */
    OpenDocumentItems(String kind, Class<D> type, String condition) {
        this.kind = kind;
        this.type = type;
        this.query = "SELECT d FROM " + type.getSimpleName() + " d WHERE d.status IN :open"
                + " AND d.currency = :currency AND d.open > 0" + (condition == null ? "" : " AND " + condition);
    }

    /** The document as an open item. */
    abstract OpenItem item(D document);

    /** Whether a document found by id is one of these (the {@code condition}, checked in memory). */
    abstract boolean selects(D document);

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public List<OpenItem> openItems(EntityManager em, BankAccountEntity bank) {
        return em.createQuery(query, type).setParameter("open", OPEN).setParameter("currency", bank.currency())
                .getResultList().stream().map(this::item).toList();
    }

    @Override
    public OpenItem openItem(EntityManager em, BankAccountEntity bank, long id) {
        D document = em.find(type, id);
        boolean open = document != null && selects(document) && OPEN.contains(document.status())
                && document.currency().equals(bank.currency()) && document.open().signum() > 0;
        return open ? item(document) : null;
    }
}
