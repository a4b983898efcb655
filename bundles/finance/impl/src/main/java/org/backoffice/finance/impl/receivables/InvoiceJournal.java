package org.backoffice.finance.impl.receivables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.impl.document.DocumentDefaults;
import org.backoffice.finance.impl.document.DocumentLines;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.backoffice.finance.impl.document.TaxCodeEntity;
import org.backoffice.platform.api.Money;

/** The journal lines of invoices and credit notes (receivable, income, output tax) and the payload of their events. */
final class InvoiceJournal {

    private final DocumentDefaults defaults;
    private final String receivablesAccount;

    InvoiceJournal(DocumentDefaults defaults, String receivablesAccount) {
        this.defaults = defaults;
        this.receivablesAccount = receivablesAccount;
    }

    /** Income per account and output tax per tax account, credits (debits for a credit note); zero sums left out. */
    List<JournalLineDraft> incomeAndTax(EntityManager em, List<InvoiceLine> lines, InvoiceMath.Totals totals,
            InvoiceEntity invoice, boolean debit) {
        List<JournalLineDraft> journal = new ArrayList<>();
        DocumentLines.netByAccount(lines).forEach((account, amount) -> journal.add(line(account, amount, debit,
                invoice, "income")));
        DocumentLines.taxByAccount(em, totals, TaxCodeEntity::outputAccount).forEach((account, amount) -> journal
                .add(line(account, amount, debit, invoice, "output tax")));
        return journal;
    }

    JournalLineDraft line(String account, BigDecimal amount, boolean debit, InvoiceEntity invoice,
            String memo) {
        String foreign = defaults.foreign(invoice.currency());
        String partner = account.equals(receivablesAccount) ? invoice.customer() : null;
        return new JournalLineDraft(account, debit ? amount : null, debit ? null : amount, foreign, partner, memo);
    }

    static Map<String, Object> documentPayload(InvoiceEntity document, String number) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", document.id());
        payload.put("number", number);
        payload.put("customer", document.customer());
        payload.put("date", document.date().toString());
        payload.put("gross", Money.display(document.gross(), document.currency()));
        payload.put("currency", document.currency());
        return payload;
    }
}
