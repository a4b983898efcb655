package org.backoffice.finance.impl.payables;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.payables.BillDraft;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class BillRulesTest {

    private static final LocalDate DAY = LocalDate.of(2028, 3, 10);

    private static InvoiceLine line(String quantity, String price, String code, String rate, String account) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal p = new BigDecimal(price);
        return new InvoiceLine(1, "x", q, p, code, new BigDecimal(rate), account, InvoiceMath.lineNet(q, p, "EUR"));
    }

    private static BillDraft draft(String reference, String iban, LocalDate due) {
        return new BillDraft("S1", reference, DAY, due, "EUR", iban, null, List.of(new InvoiceLineDraft("paper",
                BigDecimal.ONE, new BigDecimal("10"), "STD", null)), null);
    }

    private static List<FieldError> errors(Runnable check) {
        return assertThrows(ValidationFailedException.class, check::run).errors();
    }

    @Test
    void theSuppliersReferenceIsRequired() {
        assertEquals(List.of(new FieldError("supplierReference", "is required")),
                errors(() -> BillRules.checkBillShape(draft(null, null, null))));
        assertDoesNotThrow(() -> BillRules.checkBillShape(draft("R-1", "DE89370400440532013000", DAY)));
    }

    @Test
    void ibanAndDueDateAreChecked() {
        List<FieldError> errors = errors(() -> BillRules.checkBillShape(draft("R-1", "DE89 3704",
                DAY.minusDays(1))));
        assertEquals(List.of("iban", "dueDate"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void anIbanWithWrongCheckDigitsIsRefusedOnTheIban() {
        // one digit of DE89370400440532013000 mistyped: the shape is right, mod 97 is not
        List<FieldError> errors = errors(() -> BillRules.checkBillShape(draft("R-1", "DE89370400440532013001",
                DAY)));
        assertEquals(List.of("iban"), errors.stream().map(FieldError::field).toList());
        assertDoesNotThrow(() -> BillRules.checkBillShape(draft("R-1", "GB29NWBK60161331926819", DAY)));
    }

    @Test
    void aDuplicateReferenceOfTheSupplierIsRefusedOnTheReference() {
        List<FieldError> errors = errors(() -> BillRules.refuseDuplicateReference("S1", "R-1", null,
                List.of(new BillRules.StoredBill(7, "BILL-2028-000003"))));
        assertEquals(1, errors.size());
        assertEquals("supplierReference", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("BILL-2028-000003"), errors.get(0).message());
    }

    @Test
    void aBillKeepsItsOwnReferenceOnUpdate() {
        assertDoesNotThrow(() -> BillRules.refuseDuplicateReference("S1", "R-1", 7L,
                List.of(new BillRules.StoredBill(7, null))));
        assertThrows(ValidationFailedException.class, () -> BillRules.refuseDuplicateReference("S1",
                "R-1", 8L, List.of(new BillRules.StoredBill(7, null))));
    }

    @Test
    void aBillDebitsExpensesAndInputTaxAndCreditsPayablesWithTheSupplier() {
        List<InvoiceLine> lines = List.of(line("2", "50.00", "STD", "19", "5000"),
                line("1", "33.33", "RED", "7", "6500"), line("3", "0.10", "STD", "19", "5000"));
        InvoiceMath.Totals totals = InvoiceMath.totals(lines, "EUR");
        Map<String, String> inputAccounts = Map.of("STD", "1300", "RED", "1310");
        List<JournalLineDraft> journal = BillRules.journal(lines, totals, inputAccounts::get, "2000", "S1",
                "R-1", "EUR");

        // 100.30 @ 19 % = 19.057 → 19.06; 33.33 @ 7 % = 2.3331 → 2.33
        assertEquals(List.of(
                new JournalLineDraft("5000", new BigDecimal("100.30"), null, "EUR", null, "expense"),
                new JournalLineDraft("6500", new BigDecimal("33.33"), null, "EUR", null, "expense"),
                new JournalLineDraft("1300", new BigDecimal("19.06"), null, "EUR", null, "input tax"),
                new JournalLineDraft("1310", new BigDecimal("2.33"), null, "EUR", null, "input tax"),
                new JournalLineDraft("2000", null, new BigDecimal("155.02"), "EUR", "S1", "bill R-1")), journal);
        BigDecimal debits = journal.stream().map(JournalLineDraft::debit).filter(d -> d != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(totals.gross(), debits);
    }

    @Test
    void aTaxCodeWithoutAccountIsRefused() {
        List<InvoiceLine> lines = List.of(line("1", "10", "GONE", "10", "5000"));
        assertThrows(ValidationFailedException.class, () -> BillRules.journal(lines,
                InvoiceMath.totals(lines, "EUR"), code -> null, "2000", "S1", "R-1", null));
    }

    @Test
    void zeroRatedLinesPostNoTaxLine() {
        List<InvoiceLine> lines = List.of(line("1", "10", "ZERO", "0", "5000"));
        List<JournalLineDraft> journal = BillRules.journal(lines, InvoiceMath.totals(lines, "EUR"),
                code -> "1300", "2000", "S1", "R-1", null);
        assertEquals(List.of("5000", "2000"), journal.stream().map(JournalLineDraft::account).toList());
    }
}
