package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.finance.api.receivables.AllocationDraft;
import org.backoffice.finance.api.receivables.ReceiptDraft;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.receivables.InvoiceEntity;
import org.backoffice.finance.impl.receivables.ReceiptEntity;
import org.backoffice.finance.impl.receivables.ReceiptPosting;

/**
 * Open customer invoices as open items: posted or partly paid, in the bank account's currency, for their open amount,
 * dated by their due date. Settling one records a receipt on the bank's ledger account, allocated to the invoice (up
 * to its open amount; the rest stays customer credit).
 */
final class InvoiceItems extends OpenDocumentItems<InvoiceEntity> {

    static final String KIND = "INVOICE";

    private final ReceiptPosting receipts;

    InvoiceItems(ReceiptPosting receipts) {
        super(KIND, InvoiceEntity.class, "d.docType = '" + InvoiceEntity.INVOICE + "'");
        this.receipts = receipts;
    }

    @Override
    boolean selects(InvoiceEntity invoice) {
        return InvoiceEntity.INVOICE.equals(invoice.docType());
    }

    @Override
    OpenItem item(InvoiceEntity i) {
        return new OpenItem(KIND, i.id(), i.number(), i.reference(), i.customer(), null, i.open(), i.dueDate());
    }
    @Override
    public Settlement settle(LedgerTransaction tx, BankAccountEntity bank, MatchRules.Line line, OpenItem item) {
        InvoiceEntity invoice = tx.em().find(InvoiceEntity.class, item.id()); // managed already when loaded as item
        BigDecimal allocated = line.amount().min(invoice.open());
        ReceiptEntity receipt = receipts.receive(tx, new ReceiptDraft(invoice.customer(), line.date(),
                line.amount(), bank.currency(), bank.ledgerAccount(), "Bank " + bank.code() + " statement line "
                        + line.id() + ": " + invoice.number(), List.of(new AllocationDraft(invoice.id(), allocated))));
        return new Settlement(invoice.number(), receipt.id(), null, true, receipt.journalEntry());
    }
}
