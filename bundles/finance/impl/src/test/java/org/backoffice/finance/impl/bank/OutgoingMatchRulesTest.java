package org.backoffice.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The matching rules on money out: open supplier bills and unreconciled supplier payments beside invoices. */
class OutgoingMatchRulesTest {

    private static final LocalDate DAY = LocalDate.of(2030, 5, 15);

    private static MatchRules.Line line(long id, String amount, String text, String counterparty, String reference) {
        return new MatchRules.Line(id, new BigDecimal(amount), DAY, text, counterparty, reference, null);
    }

    private final OpenItem invoice = new OpenItem(InvoiceItems.KIND, 1, "INV-2030-000012", "SR-2030-77", "BK-ACME",
            null, new BigDecimal("480.00"), DAY);
    private final OpenItem bill = new OpenItem(BillItems.KIND, 2, "BILL-2030-000004", "SR-2030-77", "BK-SUP",
            null, new BigDecimal("-480.00"), DAY.plusDays(10));
    private final OpenItem otherBill = new OpenItem(BillItems.KIND, 3, "BILL-2030-000005", "INV/9981", "BK-SUP",
            null, new BigDecimal("-75.50"), DAY.plusDays(60));
    private final OpenItem runPayment = new OpenItem(PaymentItems.KIND, 4, "PAY-2030-000002", null, "BK-SUP2",
            null, new BigDecimal("-1200.00"), DAY.minusDays(2));
    private final MatchRules rules = new MatchRules(List.of(invoice, bill, otherBill, runPayment), 7);

    @Test
    void aDebitNamingTheSuppliersReferencePaysTheBill() {
        MatchRules.Line paid = line(10, "-480.00", "Invoice SR-2030-77", "Supplier Ltd", null);
        List<MatchRules.Proposal> proposals = rules.proposals(paid);
        assertEquals(1, proposals.size(), "the invoice with the same reference is money in: not a candidate");
        assertSame(bill, proposals.get(0).item());
        assertEquals(MatchRules.REFERENCE, proposals.get(0).rule());
        assertSame(bill, rules.unambiguous(paid));
    }

    @Test
    void aCreditNamingTheSameReferenceTakesTheInvoiceNotTheBill() {
        assertSame(invoice, rules.unambiguous(line(10, "480.00", "SR-2030-77", null, null)));
    }

    @Test
    void theBillNumberAndAReferenceWithPunctuationAreFoundToo() {
        assertSame(bill, rules.unambiguous(line(10, "-480.00", "bill-2030-000004", null, null)));
        assertSame(otherBill, rules.unambiguous(line(11, "-75.50", "Rechnung INV/9981.", null, null)));
    }

    @Test
    void aPaymentRunDebitMatchesItsPaymentByNumberInTheBankReference() {
        MatchRules.Line debit = line(10, "-1200.00", "SEPA credit transfer", "Supplier Two", "PAY-2030-000002");
        assertSame(runPayment, rules.unambiguous(debit));
    }

    @Test
    void aPaymentMatchesByAmountAndSupplierCodeOrByAmountAndDate() {
        MatchRules.Line bySupplier = line(10, "-1200.00", "BK-SUP2 batch", null, null);
        assertEquals(MatchRules.AMOUNT_PARTNER, rules.proposals(bySupplier).get(0).rule());
        assertSame(runPayment, rules.unambiguous(bySupplier));
        MatchRules.Line byDate = line(11, "-1200.00", "batch", null, null);
        assertEquals(MatchRules.AMOUNT_DATE, rules.proposals(byDate).get(0).rule());
        assertSame(runPayment, rules.unambiguous(byDate));
    }

    @Test
    void aPartialDebitIsProposedButNotAutoMatched() {
        MatchRules.Line part = line(10, "-200.00", "SR-2030-77 first part", null, null);
        assertSame(bill, rules.proposals(part).get(0).item());
        assertNull(rules.unambiguous(part));
    }

    @Test
    void aBillAndAPaymentOfTheSameAmountAndSupplierAreAmbiguous() {
        OpenItem payment = new OpenItem(PaymentItems.KIND, 5, "PAY-2030-000003", null, "BK-SUP", null,
                new BigDecimal("-75.50"), DAY);
        MatchRules both = new MatchRules(List.of(otherBill, payment), 7);
        MatchRules.Line debit = line(10, "-75.50", "BK-SUP", null, null);
        assertEquals(2, both.proposals(debit).size());
        assertNull(both.unambiguous(debit));
        assertTrue(both.autoMatch(List.of(debit)).isEmpty());
    }

    @Test
    void autoMatchTakesBillsPaymentsAndInvoicesInOneRun() {
        Map<Long, OpenItem> chosen = rules.autoMatch(List.of(line(10, "-480.00", "SR-2030-77", null, null),
                line(11, "-1200.00", "x", null, "PAY-2030-000002"), line(12, "480.00", "INV-2030-000012", null,
                        null), line(13, "-9.99", "fee", null, null)));
        assertEquals(Map.of(10L, bill, 11L, runPayment, 12L, invoice), chosen);
    }
}
