package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.payables.BillAllocationDraft;
import org.backoffice.finance.api.payables.SupplierPaymentDraft;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.payables.BillEntity;
import org.backoffice.finance.impl.payables.PaymentPosting;
import org.backoffice.finance.impl.payables.SupplierPaymentEntity;

/**
 * Open supplier bills as open items: posted or partly paid, in the bank account's currency, for their open amount
 * as money out (negative), dated by their due date; the supplier's reference is looked for beside the bill number.
 * Settling one records a supplier payment from the bank's ledger account, allocated to the bill (up to its open
 * amount; the rest stays an advance).
 */
final class BillItems implements OpenItemSource {

    static final String KIND = "BILL";

    private final PaymentPosting payments;

    BillItems(PaymentPosting payments) {
        this.payments = payments;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<OpenItem> openItems(EntityManager em, BankAccountEntity bank) {
        return em.createQuery("SELECT b FROM BillEntity b WHERE b.status IN :open AND b.currency = :currency"
                + " AND b.open > 0", BillEntity.class)
                .setParameter("open", List.of(InvoiceStatus.POSTED, InvoiceStatus.PARTIALLY_PAID))
                .setParameter("currency", bank.currency()).getResultList().stream().map(BillItems::item).toList();
    }

    @Override
    public OpenItem openItem(EntityManager em, BankAccountEntity bank, long id) {
        BillEntity bill = em.find(BillEntity.class, id);
        boolean open = bill != null && (bill.status() == InvoiceStatus.POSTED
                || bill.status() == InvoiceStatus.PARTIALLY_PAID) && bill.currency().equals(bank.currency())
                && bill.open().signum() > 0;
        return open ? item(bill) : null;
    }

    private static OpenItem item(BillEntity b) {
        return new OpenItem(KIND, b.id(), b.number(), b.supplierReference(), b.supplier(), null, b.open().negate(),
                b.dueDate());
    }

    @Override
    public Settlement settle(LedgerTransaction tx, BankAccountEntity bank, MatchRules.Line line, OpenItem item) {
        BillEntity bill = tx.em().find(BillEntity.class, item.id()); // managed already when loaded as item
        BigDecimal paid = line.amount().negate();
        SupplierPaymentEntity payment = payments.pay(tx, new SupplierPaymentDraft(bill.supplier(), line.date(), paid,
                bank.currency(), bank.ledgerAccount(), "Bank " + bank.code() + " statement line " + line.id() + ": "
                        + bill.number() + " " + bill.supplierReference(),
                List.of(new BillAllocationDraft(bill.id(), paid.min(bill.open())))));
        return new Settlement(bill.number(), null, payment.id(), true, payment.journalEntry());
    }
}
