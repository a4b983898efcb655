package org.backoffice.finance.impl.bank;

import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.payables.SupplierPaymentEntity;

/**
 * Supplier payments already recorded on the bank's ledger account (by hand or by a payment run) that no statement
 * line names yet, for their full amount as money out (negative): the statement shows the debit later.
 */
final class PaymentItems extends UnreconciledItems<SupplierPaymentEntity> {

    static final String KIND = "PAYMENT";

    PaymentItems() {
        super(KIND, SupplierPaymentEntity.class, "payment");
    }

    @Override
    OpenItem item(SupplierPaymentEntity p) {
        return new OpenItem(KIND, p.id(), p.number(), p.reference(), p.supplier(), null, p.amount().negate(),
                p.date());
    }

    @Override
    public Settlement settle(LedgerTransaction tx, BankAccountEntity bank, MatchRules.Line line, OpenItem item) {
        return new Settlement(item.number(), null, item.id(), false, null);
    }
}
