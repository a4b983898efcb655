package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.util.List;

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
final class BillItems extends OpenDocumentItems<BillEntity> {

    static final String KIND = "BILL";

    private final PaymentPosting payments;

    BillItems(PaymentPosting payments) {
        super(KIND, BillEntity.class, null);
        this.payments = payments;
    }

    @Override
    boolean selects(BillEntity bill) {
        return true;
    }

    @Override
    OpenItem item(BillEntity b) {
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
