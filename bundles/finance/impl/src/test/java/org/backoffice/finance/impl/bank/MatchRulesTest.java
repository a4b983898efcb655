package org.backoffice.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backoffice.finance.impl.PartnerRoles;
import org.junit.jupiter.api.Test;

class MatchRulesTest {

    private static final LocalDate DAY = LocalDate.of(2030, 5, 15);

    private static OpenItem invoice(long id, String number, String reference, String customer, String amount,
            LocalDate due) {
        return new OpenItem("INVOICE", id, number, reference, customer, null, new BigDecimal(amount), due);
    }

    private static MatchRules.Line line(long id, String amount, String text, String counterparty) {
        return new MatchRules.Line(id, new BigDecimal(amount), DAY, text, counterparty, null, null);
    }

    private final OpenItem a = invoice(1, "INV-2030-000012", "PO-4711", "BK-ACME", "250.00", DAY.plusDays(20));
    private final OpenItem b = invoice(2, "INV-2030-000013", null, "BK-ACME", "99.90", DAY.plusDays(3));
    private final OpenItem c = invoice(3, "INV-2030-000014", null, "BK-OTHER", "99.90", DAY.minusDays(2));
    private final OpenItem d = invoice(4, "INV-2030-000015", null, "BK-THIRD", "40.00", DAY.minusDays(30));
    private final MatchRules rules = new MatchRules(List.of(a, b, c, d), 7);

    @Test
    void theNumberInTheRemittanceTextMatchesFirst() {
        MatchRules.Line paid = line(10, "250", "Payment inv-2030-000012, thank you", "Somebody");
        List<MatchRules.Proposal> proposals = rules.proposals(paid);
        assertSame(a, proposals.get(0).item());
        assertEquals(MatchRules.REFERENCE, proposals.get(0).rule());
        assertEquals(0, new BigDecimal("0.95").compareTo(proposals.get(0).confidence()));
        assertSame(a, rules.unambiguous(paid));
    }

    @Test
    void theInvoicesOwnReferenceMatchesToo() {
        assertSame(a, rules.unambiguous(line(10, "250.00", "your order PO-4711.", null)));
    }

    @Test
    void aNumberMatchOfAnotherAmountIsProposedButNotAccepted() {
        MatchRules.Line partial = line(10, "100.00", "INV-2030-000012 part 1", null);
        assertSame(a, rules.proposals(partial).get(0).item());
        assertTrue(!rules.proposals(partial).get(0).exactAmount());
        assertNull(rules.unambiguous(partial));
    }

    @Test
    void exactAmountAndPartnerCodeInTheTextOrCounterparty() {
        MatchRules.Line paid = line(10, "99.90", "thanks", "BK-ACME Ltd");
        List<MatchRules.Proposal> proposals = rules.proposals(paid);
        assertSame(b, proposals.get(0).item());
        assertEquals(MatchRules.AMOUNT_PARTNER, proposals.get(0).rule());
        assertSame(c, proposals.get(1).item()); // same amount, due within the window
        assertEquals(MatchRules.AMOUNT_DATE, proposals.get(1).rule());
        assertSame(b, rules.unambiguous(paid)); // one candidate at the best rule
    }

    @Test
    void theCounterpartyNamingThePartnerByNameWhenTheDirectoryKnowsIt() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        MatchRules named = new MatchRules(List.of(a, b, c, d), 7, code -> {
            asked.add(code);
            return switch (code) {
                case "BK-OTHER" -> new PartnerRoles.Party("Other Trading", null);
                case "BK-ACME" -> new PartnerRoles.Party("Ac", "DE89370400440532013000"); // a name too short to count
                default -> null;
            };
        });
        MatchRules.Line paid = line(10, "99.90", "transfer", "OTHER TRADING GMBH");
        assertSame(c, named.unambiguous(paid));
        assertEquals(MatchRules.AMOUNT_PARTNER, named.proposals(paid).get(0).rule());
        // without the directory the same line has two candidates by amount and date: none is taken
        assertNull(rules.unambiguous(paid));
        // a name is asked once per partner, and only for candidates of the line's amount
        named.proposals(line(11, "99.90", "transfer", "ACME"));
        assertEquals(List.of("BK-ACME", "BK-OTHER"), asked.stream().distinct().sorted().toList());
        assertEquals(2, asked.size());
        // the counterparty's IBAN (as banks print it) is BK-ACME's: that partner, whatever the name says
        MatchRules.Line byIban = new MatchRules.Line(12, new BigDecimal("99.90"), DAY, "transfer", "Someone",
                null, "de89 3704 0044 0532 0130 00");
        assertSame(b, named.unambiguous(byIban));
    }

    @Test
    void amountWithinTheDateWindowOnly() {
        MatchRules.Line paid = line(10, "40.00", "no hint", null);
        assertTrue(rules.proposals(paid).isEmpty(), "d is due 30 days before: outside +-7 days");
        MatchRules wide = new MatchRules(List.of(a, b, c, d), 30);
        assertEquals(MatchRules.AMOUNT_DATE, wide.proposals(paid).get(0).rule());
        assertEquals(0, new BigDecimal("0.5").compareTo(wide.proposals(paid).get(0).confidence()));
        assertSame(d, wide.unambiguous(paid));
    }

    @Test
    void twoCandidatesAtTheBestRuleAreAmbiguous() {
        MatchRules.Line paid = line(10, "99.90", "no hint", null); // b and c both by amount and date
        assertEquals(2, rules.proposals(paid).size());
        assertNull(rules.unambiguous(paid));
        MatchRules.Line both = line(11, "99.90", "INV-2030-000013 INV-2030-000014", null);
        assertEquals(2, rules.proposals(both).size());
        assertNull(rules.unambiguous(both));
    }

    @Test
    void anItemTwoLinesWouldTakeGoesToNeither() {
        Map<Long, OpenItem> chosen = rules.autoMatch(List.of(line(10, "250.00", "INV-2030-000012", null),
                line(11, "250.00", "again INV-2030-000012", null), line(12, "99.90", "x", "BK-ACME")));
        assertEquals(Map.of(12L, b), chosen);
    }

    @Test
    void moneyOutNeverMatchesMoneyIn() {
        assertTrue(rules.proposals(line(10, "-250.00", "INV-2030-000012", null)).isEmpty());
        OpenItem bill = new OpenItem("BILL", 9, "BILL-1", null, "BK-SUP", null, new BigDecimal("-250.00"), DAY);
        MatchRules withBills = new MatchRules(List.of(a, bill), 7);
        assertSame(bill, withBills.unambiguous(line(10, "-250.00", "BILL-1", null)));
    }

    @Test
    void wordsSplitAtSpacesAndPunctuationButKeepDocumentNumbers() {
        assertEquals(List.of("PAID", "INV-2030-000012", "AND", "X/Y"), MatchRules.words("paid: (INV-2030-000012), and x/y."));
    }
}
