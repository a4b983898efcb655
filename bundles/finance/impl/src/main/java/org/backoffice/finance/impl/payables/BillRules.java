package org.backoffice.finance.impl.payables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.payables.BillDraft;
import org.backoffice.finance.impl.document.DocumentLines;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.backoffice.platform.api.BankIdentifiers;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/** What a supplier bill must be, and the journal lines it posts: pure rules, checked field by field in one 422. */
final class BillRules {

    private BillRules() {
    }

    static void checkBillShape(BillDraft draft) {
        Validator v = new Validator();
        v.requiredText("supplier", draft.supplier(), 40);
        v.requiredText("supplierReference", draft.supplierReference(), 60);
        v.required("date", draft.date());
        v.currency("currency", draft.currency());
        // ISO 13616 check digits (mod 97) as for partners and bank accounts: a mistyped supplier IBAN must not
        // reach the payment file; the electronic form (no spaces) is what the bill stores and pain.001 carries
        v.check(draft.iban() == null || !draft.iban().contains(" ")
                && BankIdentifiers.validIban(BankIdentifiers.normalizeIban(draft.iban())), "iban",
                "must be an IBAN with valid check digits: country code, check digits, up to 30 letters or digits,"
                + " no spaces");
        v.optionalText("description", draft.description(), 500);
        if (draft.date() != null && draft.dueDate() != null) {
            v.check(!draft.dueDate().isBefore(draft.date()), "dueDate", "is before the bill date");
        }
        if (v.notEmpty("lines", draft.lines())) {
            DocumentLines.checkShape(v, draft.lines(), "lines");
        }
        v.throwIfInvalid();
    }

    /**
     * A bill's journal lines: expense debited per line account, input tax debited per tax code's input account,
     * payables credited with the gross under the supplier. {@code inputAccount} maps a tax code to its account.
     */
    static List<JournalLineDraft> journal(List<InvoiceLine> lines, InvoiceMath.Totals totals,
            Function<String, String> inputAccount, String payablesAccount, String supplier, String supplierReference,
            String foreign) {
        List<JournalLineDraft> journal = new ArrayList<>();
        DocumentLines.netByAccount(lines).forEach((account, amount) -> journal.add(new JournalLineDraft(account,
                amount, null, foreign, null, "expense")));
        DocumentLines.taxByAccount(totals, inputAccount).forEach((account, amount) -> journal.add(
                new JournalLineDraft(account, amount, null, foreign, null, "input tax")));
        journal.add(new JournalLineDraft(payablesAccount, null, totals.gross(), foreign, supplier,
                "bill " + supplierReference));
        return journal;
    }

    /** A bill already stored with the same supplier and reference. */
    record StoredBill(long id, String number) {
    }

    /** The duplicate rule: any stored bill but {@code except} with the reference is a 422 on the reference. */
    static void refuseDuplicateReference(String supplier, String reference, Long except, List<StoredBill> same) {
        for (StoredBill other : same) {
            if (except == null || other.id() != except) {
                throw ValidationFailedException.of("supplierReference", "supplier " + supplier
                        + " already has bill " + (other.number() == null ? other.id() + " (draft)" : other.number())
                        + " with reference '" + reference + "'");
            }
        }
    }
}
