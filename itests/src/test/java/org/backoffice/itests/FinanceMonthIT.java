package org.backoffice.itests;

import static org.backoffice.itests.BankReconciliationIT.camt;
import static org.backoffice.itests.BankReconciliationIT.entry;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.dec;
import static org.backoffice.itests.Replies.movement;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/**
 * A month of an accountant's work in one server, March 2031 (a year no other test uses): 20 customer invoices and 10
 * supplier bills posted, receipts recorded by hand, a payment run executed and exported, the bank statement imported
 * as camt.053 and reconciled (auto-matches, a manual match, bank charges), a dunning run at month end. Then the trial
 * balance, both agings and the consistency check must agree with the documents as the API reports them.
 */
public class FinanceMonthIT extends FinanceTestSupport {

    private static final String[] TAXES = {"STD", "RED", "ZERO"};
    private static final String BANK_LEDGER = "1181";
    private static final String IBAN = "GB29NWBK60161331926819";

    private static void monthPartner(String code, String role, int terms) throws Exception {
        created(admin().post("/api/partners", "{\"code\":\"" + code + "\",\"name\":\"Month " + code + "\",\"roles\":[\""
                + role + "\"],\"currency\":\"USD\",\"paymentTermsDays\":" + terms + "}"));
    }

    private static String day(int dayOfMonth) {
        return LocalDate.of(2031, 3, dayOfMonth).toString();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static JsonNode invoice(long id) throws Exception {
        return ok(admin().get(F + "/invoices/" + id));
    }

    @Test
    public void aMonthOfDocumentsAgreesWithTheLedgerAndTheAgings() throws Exception {
        Http admin = admin();
        eventually(30_000, "finance REST", () -> admin().get(F + "/bank-accounts").status() == 200);
        created(admin.post(F + "/fiscal-years", "{\"year\":2031}"));
        created(admin.post(F + "/accounts", "{\"code\":\"" + BANK_LEDGER + "\",\"name\":\"Month bank\","
                + "\"type\":\"ASSET\"}"));
        long bank = created(admin.post(F + "/bank-accounts", "{\"code\":\"MONTH\",\"name\":\"Month bank\",\"iban\":\""
                + IBAN + "\",\"currency\":\"USD\",\"ledgerAccount\":\"" + BANK_LEDGER + "\"}")).get("id").asLong();
        for (int c = 1; c <= 5; c++) {
            monthPartner("MC-" + c, "CUSTOMER", 14);
        }
        for (int s = 1; s <= 3; s++) {
            monthPartner("MS-" + s, "SUPPLIER", 10);
        }

        // 20 invoices, one a day, due five days later, with the three tax codes in turn
        List<JsonNode> invoices = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            BigDecimal price = new BigDecimal("10.00").add(new BigDecimal("7.25").multiply(BigDecimal.valueOf(i)));
            JsonNode draft = created(admin.post(F + "/invoices", "{\"customer\":\"MC-" + (i % 5 + 1) + "\",\"date\":\""
                    + day(i + 1) + "\",\"dueDate\":\"" + day(i + 6) + "\",\"lines\":[{\"description\":\"Consulting "
                    + i + "\",\"quantity\":" + (i % 3 + 1) + ",\"unitPrice\":" + money(price) + ",\"taxCode\":\""
                    + TAXES[i % 3] + "\"}]}"));
            JsonNode posted = ok(admin.post(F + "/invoices/" + draft.get("id").asLong() + "/post", null));
            assertEquals("INV-2031-" + String.format("%06d", i + 1), posted.get("number").asText());
            invoices.add(posted);
        }
        // 10 bills, due six days after their date
        List<JsonNode> bills = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
            BigDecimal price = new BigDecimal("15.50").add(new BigDecimal("3.00").multiply(BigDecimal.valueOf(j)));
            JsonNode draft = created(admin.post(F + "/bills", "{\"supplier\":\"MS-" + (j % 3 + 1) + "\","
                    + "\"supplierReference\":\"MS-REF-" + j + "\",\"date\":\"" + day(j + 1) + "\",\"dueDate\":\""
                    + day(j + 6) + "\",\"iban\":\"DE02120300000000202051\",\"lines\":[{\"description\":\"Supplies "
                    + j + "\",\"quantity\":2,\"unitPrice\":" + money(price) + ",\"taxCode\":\"STD\"}]}"));
            bills.add(ok(admin.post(F + "/bills/" + draft.get("id").asLong() + "/post", null)));
        }

        // receipts recorded by hand on the month's bank: invoice 1 in full, invoice 2 in part
        JsonNode receipt1 = created(admin.post(F + "/receipts", "{\"customer\":\"MC-1\",\"date\":\"" + day(8)
                + "\",\"amount\":" + invoices.get(0).get("gross").asText() + ",\"bankAccount\":\"" + BANK_LEDGER
                + "\",\"allocations\":[{\"invoice\":" + invoices.get(0).get("id").asLong() + ",\"amount\":"
                + invoices.get(0).get("gross").asText() + "}]}"));
        JsonNode receipt2 = created(admin.post(F + "/receipts", "{\"customer\":\"MC-2\",\"date\":\"" + day(9)
                + "\",\"amount\":20.00,\"bankAccount\":\"" + BANK_LEDGER + "\",\"allocations\":[{\"invoice\":"
                + invoices.get(1).get("id").asLong() + ",\"amount\":20.00}]}"));
        assertEquals("PARTIALLY_PAID", invoice(invoices.get(1).get("id").asLong()).get("status").asText());

        // the payment run of the 11th pays the bills due by then (the first six) from the main bank, 1100
        JsonNode run = created(admin.post(F + "/payment-runs", "{\"dueBy\":\"" + day(11) + "\",\"paymentDate\":\""
                + day(12) + "\",\"bankAccount\":\"1100\"}"));
        assertEquals(6, run.get("items").size());
        JsonNode executed = ok(admin.post(F + "/payment-runs/" + run.get("id").asLong() + "/execute", null));
        assertEquals(3, executed.get("payments").size());
        BigDecimal paid = BigDecimal.ZERO;
        for (int j = 0; j < 6; j++) {
            paid = paid.add(dec(bills.get(j).get("gross")));
        }
        String pain = admin.get(F + "/payment-runs/" + run.get("id").asLong() + "/pain001", "application/xml").body();
        assertTrue(pain, pain.contains("<NbOfTxs>3</NbOfTxs>") && pain.contains("<CtrlSum>" + money(paid)
                + "</CtrlSum>") && pain.contains("<ReqdExctnDt>" + day(12) + "</ReqdExctnDt>"));
        for (int j = 0; j < 10; j++) {
            assertEquals(j < 6 ? "PAID" : "POSTED", ok(admin.get(F + "/bills/" + bills.get(j).get("id").asLong()))
                    .get("status").asText());
        }

        // the bank statement of the month: the two hand receipts, six invoices by number, one by amount and customer,
        // a part payment naming its invoice (a person decides), and the bank's charges
        List<String> entries = new ArrayList<>();
        BigDecimal closing = BigDecimal.ZERO;
        entries.add(entry(invoices.get(0).get("gross").asText(), "USD", day(8), "Payment " + receipt1.get("number")
                .asText(), "Month MC-1", "M-1"));
        entries.add(entry("20.00", "USD", day(9), "Ref " + receipt2.get("number").asText(), "Month MC-2", "M-2"));
        closing = closing.add(dec(invoices.get(0).get("gross"))).add(new BigDecimal("20.00"));
        for (int k = 2; k <= 7; k++) {
            JsonNode inv = invoices.get(k);
            entries.add(entry(inv.get("gross").asText(), "USD", day(k + 10), "Invoice " + inv.get("number").asText(),
                    null, "M-" + (k + 1)));
            closing = closing.add(dec(inv.get("gross")));
        }
        JsonNode byCustomer = invoices.get(8);
        entries.add(entry(byCustomer.get("gross").asText(), "USD", day(25), byCustomer.get("customer").asText()
                + " transfer", "Month " + byCustomer.get("customer").asText(), "M-9"));
        entries.add(entry("50.00", "USD", day(26), "part payment " + invoices.get(9).get("number").asText(), null,
                "M-10"));
        entries.add(entry("-7.50", "USD", day(31), "Account fees March", "The Bank", "M-11"));
        closing = closing.add(dec(byCustomer.get("gross"))).add(new BigDecimal("50.00")).subtract(new BigDecimal("7.50"));
        String xml = camt("MONTH-2031-03", "3", IBAN, "USD", "0.00", money(closing), day(31), entries);
        JsonNode statement = created(admin.send(F + "/bank-accounts/" + bank + "/statements", "POST",
                "application/xml", xml));
        long statementId = statement.get("id").asLong();
        assertEquals(11, statement.get("lines").asInt());

        JsonNode auto = ok(admin.post(F + "/statements/" + statementId + "/auto-match", null));
        assertEquals(auto.toString(), 9, auto.get("matched").asInt());
        assertEquals(2, auto.get("unmatched").asInt());
        JsonNode lines = ok(admin.get(F + "/statements/" + statementId + "/lines")).get("items");
        assertEquals(receipt1.get("id").asLong(), lines.get(0).get("receipt").asLong());
        assertEquals(receipt2.get("id").asLong(), lines.get(1).get("receipt").asLong());
        ok(admin.post(F + "/statement-lines/" + lines.get(9).get("id").asLong() + "/match", "{\"invoice\":"
                + invoices.get(9).get("id").asLong() + "}"));
        JsonNode charges = ok(admin.post(F + "/statement-lines/" + lines.get(10).get("id").asLong() + "/match",
                "{\"explanation\":\"bank charges\"}"));
        assertEquals("6500", charges.get("account").asText());
        assertEquals("RECONCILED", ok(admin.get(F + "/statements/" + statementId)).get("status").asText());
        JsonNode reconciliation = ok(admin.get(F + "/statements/" + statementId + "/reconciliation"));
        assertEquals(money(closing), reconciliation.get("ledgerBalance").asText());
        assertEquals("0.00", reconciliation.get("difference").asText());
        for (int k = 2; k <= 8; k++) {
            assertEquals("PAID", invoice(invoices.get(k).get("id").asLong()).get("status").asText());
        }
        assertEquals("PARTIALLY_PAID", invoice(invoices.get(9).get("id").asLong()).get("status").asText());

        // month end: the dunning run takes exactly the invoices still open at least 7 days after their due date
        LocalDate monthEnd = LocalDate.of(2031, 3, 31);
        Set<Long> overdue = new TreeSet<>();
        BigDecimal openInvoices = BigDecimal.ZERO;
        BigDecimal outputTax = BigDecimal.ZERO;
        for (JsonNode posted : invoices) {
            JsonNode now = invoice(posted.get("id").asLong());
            BigDecimal open = dec(now.get("open"));
            openInvoices = openInvoices.add(open);
            outputTax = outputTax.add(dec(now.get("tax")));
            if (open.signum() > 0 && ChronoUnit.DAYS.between(LocalDate.parse(now.get("dueDate").asText()),
                    monthEnd) >= 7) {
                overdue.add(now.get("id").asLong());
            }
        }
        JsonNode dunning = created(admin.post(F + "/dunning-runs", "{\"date\":\"2031-03-31\"}"));
        Set<Long> dunned = new TreeSet<>();
        for (JsonNode notice : dunning.get("notices")) {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode item : notice.get("invoices")) {
                dunned.add(item.get("invoice").asLong());
                total = total.add(dec(item.get("open")));
            }
            assertEquals(notice.toString(), 0, total.compareTo(dec(notice.get("total"))));
        }
        assertEquals(overdue, dunned);
        BigDecimal fees = dec(dunning.get("run").get("totalFees"));
        // every fee is an invoice of its own, open for the fee
        BigDecimal feeInvoices = BigDecimal.ZERO;
        for (JsonNode notice : dunning.get("notices")) {
            if (dec(notice.get("fee")).signum() > 0) {
                JsonNode feeInvoice = ok(admin.get(F + "/invoices/" + notice.get("feeInvoice").asLong()));
                assertEquals(notice.get("number").asText(), feeInvoice.get("reference").asText());
                feeInvoices = feeInvoices.add(dec(feeInvoice.get("open")));
            }
        }
        assertEquals(0, fees.compareTo(feeInvoices));

        // the books: every balance is what the documents say
        BigDecimal openBills = BigDecimal.ZERO;
        BigDecimal inputTax = BigDecimal.ZERO;
        for (JsonNode posted : bills) {
            JsonNode now = ok(admin.get(F + "/bills/" + posted.get("id").asLong()));
            openBills = openBills.add(dec(now.get("open")));
            inputTax = inputTax.add(dec(now.get("tax")));
        }
        JsonNode trial = ok(admin.get(F + "/reports/trial-balance?period=2031-03"));
        String t = trial.toString();
        assertEquals(t, 0, dec(trial.get("totals").get("debit")).compareTo(dec(trial.get("totals").get("credit"))));
        assertEquals(t, 0, openInvoices.add(fees).compareTo(movement(trial, "1200")));
        assertEquals(t, 0, openBills.negate().compareTo(movement(trial, "2000")));
        assertEquals(t, 0, closing.compareTo(movement(trial, BANK_LEDGER)));
        assertEquals(t, 0, paid.negate().compareTo(movement(trial, "1100")));
        assertEquals(t, 0, outputTax.negate().compareTo(movement(trial, "2100")));
        assertEquals(t, 0, inputTax.compareTo(movement(trial, "1300")));
        assertEquals(t, 0, new BigDecimal("7.50").compareTo(movement(trial, "6500")));
        assertEquals(t, 0, fees.negate().compareTo(movement(trial, "4900")));

        JsonNode receivables = ok(admin.get(F + "/receivables/aging?asOf=2031-03-31"));
        assertEquals(receivables.toString(), 0, openInvoices.add(fees).compareTo(dec(receivables.get("totals")
                .get("total"))));
        JsonNode payables = ok(admin.get(F + "/payables/aging?asOf=2031-03-31"));
        assertEquals(payables.toString(), 0, openBills.compareTo(dec(payables.get("totals").get("total"))));
        assertTrue(ok(admin.get(F + "/verify")).get("consistent").asBoolean());

        String shell = shell("finance:trial-balance --period 2031-03");
        assertTrue(shell, shell.contains(BANK_LEDGER) && shell.contains(money(closing)));
        String aging = shell("finance:aging --as-of 2031-03-31");
        assertTrue(aging, aging.contains(money(openInvoices.add(fees))));
    }
}
