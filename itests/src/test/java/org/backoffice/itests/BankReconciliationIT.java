package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.dec;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Bank accounts, statement imports (CSV, camt.053) and reconciliation over REST and the shell. Everything lives in
 * 2030, customers are BK-*, and each test has its own ledger account for its bank, so the reconciliation's ledger
 * balance is the test's own.
 */
@ExamReactorStrategy(PerSuite.class)
public class BankReconciliationIT extends FinanceTestSupport {

    @Before
    public void openYear() throws Exception {
        openYears("/bank-accounts", 2030);
    }

    private static void ledgerAccount(String code) throws Exception {
        int status = admin().post(F + "/accounts", "{\"code\":\"" + code + "\",\"name\":\"Bank " + code
                + "\",\"type\":\"ASSET\"}").status();
        assertTrue("account " + code + ": " + status, status == 201 || status == 409);
    }

    private static void partner(String code) throws Exception {
        Http.Reply created = admin().post("/api/partners", "{\"code\":\"" + code + "\",\"name\":\"Partner " + code
                + "\",\"roles\":[\"CUSTOMER\"],\"currency\":\"USD\",\"paymentTermsDays\":30}");
        assertTrue(created.toString(), created.status() == 201 || created.status() == 409
                || created.status() == 404);
    }

    private static void supplier(String code) throws Exception {
        partner(code, "Supplier " + code, "SUPPLIER", 30);
    }

    private static JsonNode postedBill(String supplier, String reference, String date, String amount)
            throws Exception {
        JsonNode draft = created(admin().post(F + "/bills", "{\"supplier\":\"" + supplier + "\",\"supplierReference\":\""
                + reference + "\",\"date\":\"" + date + "\",\"iban\":\"DE89370400440532013000\",\"lines\":[{"
                + "\"description\":\"Goods\",\"quantity\":1,\"unitPrice\":" + amount + ",\"taxCode\":\"ZERO\"}]}"));
        return ok(admin().post(F + "/bills/" + draft.get("id").asLong() + "/post", null));
    }

    private static JsonNode postedInvoice(String customer, String date, String amount) throws Exception {
        JsonNode draft = created(admin().post(F + "/invoices", "{\"customer\":\"" + customer + "\",\"date\":\"" + date
                + "\",\"lines\":[{\"description\":\"Service\",\"quantity\":1,\"unitPrice\":" + amount
                + ",\"taxCode\":\"ZERO\"}]}"));
        return ok(admin().post(F + "/invoices/" + draft.get("id").asLong() + "/post", null));
    }

    private static JsonNode bankAccount(String code, String iban, String ledger, String mapping) throws Exception {
        return created(admin().post(F + "/bank-accounts", "{\"code\":\"" + code + "\",\"name\":\"Bank " + code
                + "\",\"iban\":\"" + iban + "\",\"currency\":\"USD\",\"ledgerAccount\":\"" + ledger + "\""
                + (mapping == null ? "" : ",\"csvMapping\":" + mapping) + "}"));
    }

    private static Http.Reply importXml(long account, String xml) throws Exception {
        return admin().send(F + "/bank-accounts/" + account + "/statements", "POST", "application/xml", xml);
    }

    private static long statements(long account) throws Exception {
        return ok(admin().get(F + "/bank-accounts/" + account + "/statements")).get("total").asLong();
    }

    /** One camt.053 entry: amount signed (negative = DBIT). */
    static String entry(String amount, String ccy, String date, String text, String party, String ref) {
        boolean credit = !amount.startsWith("-");
        String party1 = party == null ? "" : "<RltdPties><" + (credit ? "Dbtr" : "Cdtr") + "><Nm>" + party + "</Nm></"
                + (credit ? "Dbtr" : "Cdtr") + "></RltdPties>";
        return "<Ntry><Amt Ccy=\"" + ccy + "\">" + (credit ? amount : amount.substring(1)) + "</Amt><CdtDbtInd>"
                + (credit ? "CRDT" : "DBIT") + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + date
                + "</Dt></BookgDt><ValDt><Dt>" + date + "</Dt></ValDt><AcctSvcrRef>" + ref
                + "</AcctSvcrRef><BkTxCd/><NtryDtls><TxDtls>" + party1 + "<RmtInf><Ustrd>" + text
                + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }

    static String camt(String id, String seq, String iban, String ccy, String opening, String closing,
            String closingDate, List<String> entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053"
                + ".001.02\"><BkToCstmrStmt><GrpHdr><MsgId>" + id + "</MsgId><CreDtTm>" + closingDate
                + "T18:00:00</CreDtTm></GrpHdr><Stmt><Id>" + id + "</Id><ElctrncSeqNb>" + seq
                + "</ElctrncSeqNb><CreDtTm>" + closingDate + "T18:00:00</CreDtTm><Acct><Id><IBAN>" + iban
                + "</IBAN></Id><Ccy>" + ccy + "</Ccy></Acct>" + balance("OPBD", opening, ccy, closingDate)
                + balance("CLBD", closing, ccy, closingDate) + String.join("", entries) + "</Stmt></BkToCstmrStmt>"
                + "</Document>";
    }

    /** A camt.053 file of the statements of the given one-statement files, in their order. */
    static String camtFile(String... files) {
        StringBuilder stmts = new StringBuilder();
        for (String file : files) {
            stmts.append(file, file.indexOf("<Stmt>"), file.indexOf("</Stmt>") + "</Stmt>".length());
        }
        String first = files[0];
        return first.substring(0, first.indexOf("<Stmt>")) + stmts
                + first.substring(first.indexOf("</Stmt>") + "</Stmt>".length());
    }

    private static String balance(String code, String amount, String ccy, String date) {
        boolean credit = !amount.startsWith("-");
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + ccy + "\">"
                + (credit ? amount : amount.substring(1)) + "</Amt><CdtDbtInd>" + (credit ? "CRDT" : "DBIT")
                + "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>";
    }

    @Test
    public void bankAccountsAreCheckedCreatedAndUpdated() throws Exception {
        Http admin = admin();
        ledgerAccount("1191");
        String base = "{\"code\":\"BK-CRUD\",\"name\":\"Crud bank\",\"currency\":\"USD\",";
        assertField(admin.post(F + "/bank-accounts", base + "\"iban\":\"NL91ABNA0417164301\",\"ledgerAccount\":"
                + "\"1191\"}"), "iban", "mod-97");
        assertField(admin.post(F + "/bank-accounts", base + "\"iban\":\"NL91ABNA0417164300\",\"bic\":\"ABN1NL2A\","
                + "\"ledgerAccount\":\"1191\"}"), "bic", "not a BIC");
        assertField(admin.post(F + "/bank-accounts", base + "\"iban\":\"NL91ABNA0417164300\",\"ledgerAccount\":"
                + "\"4000\"}"), "ledgerAccount", "not ASSET");
        assertField(admin.post(F + "/bank-accounts", base + "\"iban\":\"NL91ABNA0417164300\",\"ledgerAccount\":"
                + "\"9999\"}"), "ledgerAccount", "does not exist");
        assertField(admin.post(F + "/bank-accounts", base + "\"iban\":\"NL91ABNA0417164300\",\"ledgerAccount\":"
                + "\"1191\",\"feeAccount\":\"1000\"}"), "feeAccount", "not EXPENSE");
        JsonNode account = created(admin.post(F + "/bank-accounts", base + "\"iban\":\"nl91 abna 0417 1643 00\","
                + "\"bic\":\"ABNANL2A\",\"ledgerAccount\":\"1191\"}"));
        assertEquals("NL91ABNA0417164300", account.get("iban").asText());
        assertEquals("6500", account.get("feeAccount").asText()); // the default chart's bank charges
        long id = account.get("id").asLong();
        assertProblem(admin.post(F + "/bank-accounts", "{\"code\":\"BK-CRUD2\",\"name\":\"Same IBAN\","
                + "\"iban\":\"NL91ABNA0417164300\",\"ledgerAccount\":\"1191\"}"), 409);
        JsonNode read = ok(admin.get(F + "/bank-accounts/" + id));
        String update = "{\"code\":\"BK-CRUD\",\"name\":\"Renamed\",\"iban\":\"NL91ABNA0417164300\","
                + "\"ledgerAccount\":\"1191\",\"version\":";
        JsonNode renamed = ok(admin.put(F + "/bank-accounts/" + id, update + read.get("version").asLong() + "}"));
        assertEquals("Renamed", renamed.get("name").asText());
        assertProblem(admin.put(F + "/bank-accounts/" + id, update + read.get("version").asLong() + "}"), 409);
        assertField(admin.put(F + "/bank-accounts/" + id, update + "null}"), "version", "required");
        assertProblem(admin.get(F + "/bank-accounts/999999"), 404);
        boolean listed = false;
        for (JsonNode a : ok(admin.get(F + "/bank-accounts?limit=500")).get("items")) {
            listed |= a.get("code").asText().equals("BK-CRUD");
        }
        assertTrue(listed);
        assertProblem(http().as("viewer").post(F + "/bank-accounts", base + "\"iban\":\"DE89370400440532013000\","
                + "\"ledgerAccount\":\"1191\"}"), 403);
        String table = shell("finance:bank-accounts");
        assertTrue(table, table.contains("BK-CRUD") && table.contains("NL91ABNA0417164300"));
    }

    @Test
    public void camtStatementIsImportedMatchedExplainedAndReconciled() throws Exception {
        Http admin = admin();
        ledgerAccount("1192");
        partner("BK-A");
        partner("BK-B");
        String iban = "DE89370400440532013000";
        long bank = bankAccount("BK-MAIN", iban, "1192", null).get("id").asLong();
        JsonNode a1 = postedInvoice("BK-A", "2030-06-01", "100.00");
        JsonNode a2 = postedInvoice("BK-A", "2030-06-02", "200.00");
        JsonNode b1 = postedInvoice("BK-B", "2030-06-03", "300.00");
        JsonNode b2 = postedInvoice("BK-B", "2030-06-04", "55.50");
        // a receipt recorded by hand on this bank, before the statement came
        JsonNode handReceipt = created(admin.post(F + "/receipts", "{\"customer\":\"BK-B\",\"date\":\"2030-06-20\","
                + "\"amount\":55.50,\"bankAccount\":\"1192\",\"allocations\":[{\"invoice\":" + b2.get("id").asLong()
                + ",\"amount\":55.50}]}"));
        List<String> entries = new ArrayList<>(List.of(
                entry("100.00", "USD", "2030-06-10", "Payment " + a1.get("number").asText(), "A Corp", "R1"),
                entry("200.00", "USD", "2030-06-11", "Invoice " + a2.get("number").asText() + " thanks", null, "R2"),
                entry("150.00", "USD", "2030-06-12", "part payment " + b1.get("number").asText(), "B Ltd", "R3"),
                entry("-12.50", "USD", "2030-06-30", "Account fees June", "The Bank", "R4"),
                entry("55.50", "USD", "2030-06-20", "BK-B transfer", "B Ltd", "R5")));
        String good = camt("BK-STMT-2030-06", "6", iban, "USD", "0.00", "493.00", "2030-06-30", entries);

        // refused whole: malformed, another IBAN, another currency, unbalanced
        assertField(importXml(bank, good.substring(0, good.length() - 30)), "content", "not well-formed");
        assertField(importXml(bank, good.replace(iban, "GB82WEST12345698765432")), "Stmt/Acct/Id/IBAN",
                "GB82WEST12345698765432");
        assertField(importXml(bank, good.replace("USD", "EUR")), "Stmt/Acct/Ccy", "EUR");
        assertField(importXml(bank, good.replace("493.00", "493.01")), "Stmt/Bal[CLBD]", "not the closing");
        assertEquals(0, statements(bank));

        JsonNode statement = created(importXml(bank, good));
        assertEquals(5, statement.get("lines").asInt());
        assertEquals("BK-STMT-2030-06", statement.get("statementId").asText());
        assertEquals("OPEN", statement.get("status").asText());
        long id = statement.get("id").asLong();
        assertProblem(importXml(bank, good), 409);
        assertProblem(importXml(bank, good.replace("<Id>BK-STMT-2030-06</Id>", "<Id>BK-OTHER</Id>")), 409); // seq 6
        assertEquals(1, statements(bank));

        JsonNode result = ok(admin.post(F + "/statements/" + id + "/auto-match", null));
        assertEquals(result.toString(), 3, result.get("matched").asInt()); // lines 1, 2 by number, 5 the receipt
        assertEquals(2, result.get("unmatched").asInt());
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + a1.get("id").asLong())).get("status").asText());
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + a2.get("id").asLong())).get("status").asText());
        JsonNode lines = ok(admin.get(F + "/statements/" + id + "/lines")).get("items");
        JsonNode line1 = lines.get(0);
        assertEquals("MATCHED", line1.get("status").asText());
        assertEquals(a1.get("number").asText(), line1.get("matchedNumber").asText());
        assertTrue(line1.get("receiptCreated").asBoolean());
        JsonNode receipt1 = ok(admin.get(F + "/receipts/" + line1.get("receipt").asLong()));
        assertEquals("100.00", receipt1.get("amount").asText());
        assertEquals("1192", receipt1.get("bankAccount").asText());
        assertEquals("2030-06-10", receipt1.get("date").asText());
        JsonNode line5 = lines.get(4);
        assertEquals("RECEIPT", line5.get("matchKind").asText());
        assertEquals(handReceipt.get("id").asLong(), line5.get("receipt").asLong());
        assertFalse(line5.get("receiptCreated").asBoolean());

        // line 3 names b1 but pays part of it: proposed, not auto-matched; a person accepts it
        long line3 = lines.get(2).get("id").asLong();
        JsonNode proposals = ok(admin.get(F + "/statement-lines/" + line3 + "/proposals")).get("items");
        assertEquals(b1.get("id").asLong(), proposals.get(0).get("id").asLong());
        assertEquals("REFERENCE", proposals.get(0).get("rule").asText());
        assertField(admin.post(F + "/statement-lines/" + line3 + "/match", "{\"invoice\":" + a1.get("id").asLong()
                + "}"), "invoice", "not open");
        assertField(admin.post(F + "/statement-lines/" + line3 + "/match", "{}"), "invoice", "exactly one");
        JsonNode matched3 = ok(admin.post(F + "/statement-lines/" + line3 + "/match", "{\"invoice\":"
                + b1.get("id").asLong() + "}"));
        assertEquals("MATCHED", matched3.get("status").asText());
        JsonNode b1After = ok(admin.get(F + "/invoices/" + b1.get("id").asLong()));
        assertEquals("PARTIALLY_PAID", b1After.get("status").asText());
        assertEquals("150.00", b1After.get("open").asText());
        assertProblem(admin.post(F + "/statement-lines/" + line3 + "/match", "{\"invoice\":" + b1.get("id").asLong()
                + "}"), 409);

        // line 4: bank charges, posted to the fee account
        long line4 = lines.get(3).get("id").asLong();
        JsonNode explained = ok(admin.post(F + "/statement-lines/" + line4 + "/match",
                "{\"explanation\":\"bank charges\"}"));
        assertEquals("EXPLAINED", explained.get("status").asText());
        assertEquals("6500", explained.get("account").asText());
        long feeEntry = explained.get("journalEntry").asLong();
        assertEquals("POSTED", ok(admin.get(F + "/journal-entries/" + feeEntry)).get("status").asText());
        // unmatching an explanation reverses its entry; explained again, to an account that does not exist, then right
        assertEquals("UNMATCHED", ok(admin.send(F + "/statement-lines/" + line4 + "/match", "DELETE",
                "application/json", "")).get("status").asText());
        assertFalse(ok(admin.get(F + "/journal-entries/" + feeEntry)).get("reversedBy").isNull());
        assertField(admin.post(F + "/statement-lines/" + line4 + "/match", "{\"explanation\":\"fees\","
                + "\"account\":\"9998\"}"), "account", "does not exist");
        assertEquals("EXPLAINED", ok(admin.post(F + "/statement-lines/" + line4 + "/match",
                "{\"explanation\":\"bank charges\"}")).get("status").asText());

        // unmatching: allowed for a linked receipt (and re-matched by hand), refused where the match made the receipt
        long line5Id = line5.get("id").asLong();
        assertEquals("UNMATCHED", ok(admin.send(F + "/statement-lines/" + line5Id + "/match", "DELETE",
                "application/json", "")).get("status").asText());
        assertEquals("OPEN", ok(admin.get(F + "/statements/" + id)).get("status").asText());
        assertEquals("MATCHED", ok(admin.post(F + "/statement-lines/" + line5Id + "/match", "{\"receipt\":"
                + handReceipt.get("id").asLong() + "}")).get("status").asText());
        assertProblem(admin.send(F + "/statement-lines/" + line1.get("id").asLong() + "/match", "DELETE",
                "application/json", ""), 409);

        JsonNode done = ok(admin.get(F + "/statements/" + id));
        assertEquals("RECONCILED", done.get("status").asText());
        assertEquals(5, done.get("matchedLines").asInt());
        JsonNode reconciliation = ok(admin.get(F + "/statements/" + id + "/reconciliation"));
        assertEquals("493.00", reconciliation.get("statementBalance").asText());
        assertEquals("493.00", reconciliation.get("ledgerBalance").asText());
        assertEquals("0.00", reconciliation.get("difference").asText());
        assertEquals(0, reconciliation.get("unmatchedLines").size());

        String shown = shell("finance:reconcile " + id);
        assertTrue(shown, shown.contains("RECONCILED") && shown.contains("difference 0.00")
                && shown.contains("bank charges -> 6500"));
    }

    @Test
    public void debitsPayBillsAndReconcilePaymentRunPayments() throws Exception {
        Http admin = admin();
        ledgerAccount("1194");
        supplier("BK-S1");
        supplier("BK-S2");
        String iban = "BE68539007547034";
        long bank = bankAccount("BK-PAY", iban, "1194", null).get("id").asLong();
        JsonNode bill1 = postedBill("BK-S1", "S1-INV-4471", "2030-08-01", "480.00");
        JsonNode bill2 = postedBill("BK-S2", "S2-8812", "2030-08-02", "1200.00");
        JsonNode bill3 = postedBill("BK-S1", "S1-INV-4480", "2030-08-03", "99.00");
        assertTrue(bill1.get("number").asText().startsWith("BILL-2030-"));
        // BK-S2's bill is paid by a payment run from this bank; the statement shows the debit later
        long run = created(admin.post(F + "/payment-runs", "{\"dueBy\":\"2030-12-31\",\"supplier\":\"BK-S2\","
                + "\"paymentDate\":\"2030-08-20\",\"bankAccount\":\"1194\"}")).get("id").asLong();
        JsonNode executed = ok(admin.post(F + "/payment-runs/" + run + "/execute", null));
        assertEquals(1, executed.get("payments").size());
        JsonNode runPayment = ok(admin.get(F + "/supplier-payments/" + executed.get("payments").get(0).asLong()));
        assertEquals("PAID", ok(admin.get(F + "/bills/" + bill2.get("id").asLong())).get("status").asText());

        String good = camt("BK-PAY-2030-08", "8", iban, "USD", "0.00", "-1730.00", "2030-08-31", List.of(
                entry("-480.00", "USD", "2030-08-21", "Invoice S1-INV-4471", "Supplier One", "P1"),
                entry("-1200.00", "USD", "2030-08-22", "SEPA credit transfer", "Supplier Two",
                        runPayment.get("number").asText()),
                entry("-50.00", "USD", "2030-08-25", "deposit", "Supplier One", "P3")));
        long id = created(importXml(bank, good)).get("id").asLong();
        JsonNode result = ok(admin.post(F + "/statements/" + id + "/auto-match", null));
        assertEquals(result.toString(), 2, result.get("matched").asInt());
        JsonNode lines = ok(admin.get(F + "/statements/" + id + "/lines")).get("items");

        // line 1 paid bill 1 by its supplier reference: a supplier payment from this bank was created and allocated
        JsonNode line1 = lines.get(0);
        assertEquals("BILL", line1.get("matchKind").asText());
        assertEquals(bill1.get("number").asText(), line1.get("matchedNumber").asText());
        assertTrue(line1.get("receiptCreated").asBoolean());
        assertTrue(line1.get("receipt").isNull());
        JsonNode paid1 = ok(admin.get(F + "/supplier-payments/" + line1.get("payment").asLong()));
        assertEquals("480.00", paid1.get("amount").asText());
        assertEquals("1194", paid1.get("bankAccount").asText());
        assertEquals("2030-08-21", paid1.get("date").asText());
        assertEquals(bill1.get("id").asLong(), paid1.get("allocations").get(0).get("bill").asLong());
        assertEquals("PAID", ok(admin.get(F + "/bills/" + bill1.get("id").asLong())).get("status").asText());
        assertProblem(admin.send(F + "/statement-lines/" + line1.get("id").asLong() + "/match", "DELETE",
                "application/json", ""), 409);

        // line 2 named the run's payment: linked, nothing posted
        JsonNode line2 = lines.get(1);
        assertEquals("PAYMENT", line2.get("matchKind").asText());
        assertEquals(runPayment.get("id").asLong(), line2.get("payment").asLong());
        assertFalse(line2.get("receiptCreated").asBoolean());
        long line2Id = line2.get("id").asLong();
        assertEquals("UNMATCHED", ok(admin.send(F + "/statement-lines/" + line2Id + "/match", "DELETE",
                "application/json", "")).get("status").asText());
        assertField(admin.post(F + "/statement-lines/" + line2Id + "/match", "{\"payment\":" + paid1.get("id").asLong()
                + "}"), "payment", "not open");
        assertField(admin.post(F + "/statement-lines/" + line2Id + "/match", "{\"payment\":1,\"bill\":2}"),
                "invoice", "exactly one");
        assertEquals("MATCHED", ok(admin.post(F + "/statement-lines/" + line2Id + "/match", "{\"payment\":"
                + runPayment.get("id").asLong() + "}")).get("status").asText());

        // line 3 pays part of bill 3 and names nothing the rules know: a person names the bill
        long line3 = lines.get(2).get("id").asLong();
        assertEquals("UNMATCHED", lines.get(2).get("status").asText());
        assertField(admin.post(F + "/statement-lines/" + line3 + "/match", "{\"bill\":" + bill2.get("id").asLong()
                + "}"), "bill", "not open");
        JsonNode matched3 = ok(admin.post(F + "/statement-lines/" + line3 + "/match", "{\"bill\":"
                + bill3.get("id").asLong() + "}"));
        assertEquals("BILL", matched3.get("matchKind").asText());
        JsonNode bill3After = ok(admin.get(F + "/bills/" + bill3.get("id").asLong()));
        assertEquals("PARTIALLY_PAID", bill3After.get("status").asText());
        assertEquals("49.00", bill3After.get("open").asText());

        JsonNode reconciliation = ok(admin.get(F + "/statements/" + id + "/reconciliation"));
        assertEquals("RECONCILED", reconciliation.get("status").asText());
        assertEquals("-1730.00", reconciliation.get("statementBalance").asText());
        assertEquals("-1730.00", reconciliation.get("ledgerBalance").asText());
        assertEquals("0.00", reconciliation.get("difference").asText());
    }

    @Test
    public void csvStatementsWithSavedAndGivenMappingsAndTheShellImport() throws Exception {
        Http admin = admin();
        ledgerAccount("1193");
        partner("BK-C");
        String mapping = "{\"date\":\"Buchungstag\",\"amount\":\"Betrag\",\"text\":\"Verwendungszweck\","
                + "\"counterparty\":\"Name\",\"dateFormat\":\"dd.MM.yyyy\",\"decimalSeparator\":\",\","
                + "\"delimiter\":\";\"}";
        JsonNode account = bankAccount("BK-CSV", "GB82WEST12345698765432", "1193", mapping);
        long bank = account.get("id").asLong();
        assertEquals("Betrag", account.get("csvMapping").get("amount").asText());
        JsonNode c1 = postedInvoice("BK-C", "2030-07-01", "1234.56");
        String csv = "Buchungstag;Betrag;Verwendungszweck;Name\n01.07.2030;1.234,56;Rechnung "
                + c1.get("number").asText() + ";C GmbH\n02.07.2030;-3,00;Kontoführung;Bank\n";
        String path = F + "/bank-accounts/" + bank + "/statements";
        assertField(admin.send(path + "?openingBalance=10", "POST", "text/csv",
                csv.replace("-3,00", "x")), "row 3.amount", "not an amount");
        assertField(admin.send(path + "?openingBalance=10&closingBalance=11", "POST", "text/csv", csv),
                "closingBalance", "not the closing balance");
        JsonNode statement = created(admin.send(path + "?openingBalance=10", "POST", "text/csv", csv));
        assertEquals("CSV", statement.get("format").asText());
        assertEquals("1241.56", statement.get("closingBalance").asText());
        assertProblem(admin.send(path + "?openingBalance=10", "POST", "text/csv", csv), 409);

        // a mapping in the query, by column number; the opening balance follows on from the last statement
        JsonNode second = created(admin.send(path + "?date=1&amount=2&text=3&headerRows=0", "POST", "text/csv",
                "2030-07-05,-41.56,transfer out\n"));
        assertEquals("1241.56", second.get("openingBalance").asText());
        assertEquals("1200.00", second.get("closingBalance").asText());
        assertEquals(2, statements(bank));

        JsonNode auto = ok(admin.post(F + "/statements/" + statement.get("id").asLong() + "/auto-match", null));
        assertEquals(1, auto.get("matched").asInt());
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + c1.get("id").asLong())).get("status").asText());

        // the shell reads a camt.053 file on the server and reconciles with --auto
        JsonNode c2 = postedInvoice("BK-C", "2030-07-08", "80.00");
        Path file = Files.createTempFile("bk-camt", ".xml");
        Files.writeString(file, camt("BK-SHELL-2030-07", "7", "GB82WEST12345698765432", "USD", "1200.00",
                "1280.00", "2030-07-31", List.of(entry("80.00", "USD", "2030-07-15", "pay "
                        + c2.get("number").asText(), "C GmbH", "S1"))), StandardCharsets.UTF_8);
        String imported = shell("finance:bank-import BK-CSV " + file);
        assertTrue(imported, imported.contains("Imported statement") && imported.contains("1 lines"));
        long shellStatement = Long.parseLong(imported.replaceAll("(?s).*Imported statement (\\d+).*", "$1"));
        String reconciled = shell("finance:reconcile --auto " + shellStatement);
        assertTrue(reconciled, reconciled.contains("Auto-match: 1 lines matched") && reconciled.contains("RECONCILED"));
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + c2.get("id").asLong())).get("status").asText());
        Files.delete(file);
        assertEquals(new BigDecimal("1280.00"), new BigDecimal(ok(admin.get(F + "/statements/" + shellStatement
                + "/reconciliation")).get("statementBalance").asText()));
    }

    /**
     * A transfer naming neither the invoice nor the customer's code is matched when the counterparty is the customer's
     * name, or pays from the customer's IBAN, in the partners directory (amount and date alone would not do: the
     * invoices were due months earlier).
     */
    @Test
    public void theCounterpartyIsFoundByThePartnersNameOrIban() throws Exception {
        Http admin = admin();
        ledgerAccount("1189");
        // the name is not the code: only the directory links "Nordwind Handel" to BK-NW
        assertEquals(201, admin.post("/api/partners", "{\"code\":\"BK-NW\",\"name\":\"Nordwind Handel\","
                + "\"roles\":[\"CUSTOMER\"],\"currency\":\"USD\",\"paymentTermsDays\":30}").status());
        partner("BK-OTHER");
        // BK-IB is known by its bank account: the transfer names a payment service, from the customer's IBAN
        assertEquals(201, admin.post("/api/partners", "{\"code\":\"BK-IB\",\"name\":\"Ibex Works\","
                + "\"roles\":[\"CUSTOMER\"],\"currency\":\"USD\",\"paymentTermsDays\":30,"
                + "\"iban\":\"FR1420041010050500013M02606\"}").status());
        String iban = "GB33BUKB20201555555555";
        long bank = bankAccount("BK-NAMES", iban, "1189", null).get("id").asLong();
        JsonNode named = postedInvoice("BK-NW", "2030-01-05", "77.70");
        JsonNode other = postedInvoice("BK-OTHER", "2030-01-06", "88.80");
        JsonNode ibex = postedInvoice("BK-IB", "2030-01-07", "66.60");
        JsonNode statement = created(importXml(bank, camt("BK-NAMES-2030-09", "1", iban, "USD", "0.00", "233.10",
                "2030-09-30", List.of(
                        entry("77.70", "USD", "2030-09-10", "transfer", "NORDWIND HANDEL GMBH", "N1"),
                        entry("88.80", "USD", "2030-09-11", "transfer", "Somebody Else", "N2"),
                        entry("66.60", "USD", "2030-09-12", "transfer", "PayService Ltd", "N3").replace(
                                "</Dbtr></RltdPties>", "</Dbtr><DbtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN>"
                                        + "</Id></DbtrAcct></RltdPties>")))));
        long id = statement.get("id").asLong();
        JsonNode lines = ok(admin.get(F + "/statements/" + id + "/lines")).get("items");
        JsonNode proposals = ok(admin.get(F + "/statement-lines/" + lines.get(0).get("id").asLong() + "/proposals"))
                .get("items");
        assertEquals(proposals.toString(), named.get("id").asLong(), proposals.get(0).get("id").asLong());
        assertEquals("AMOUNT_PARTNER", proposals.get(0).get("rule").asText());
        assertEquals(0, ok(admin.get(F + "/statement-lines/" + lines.get(1).get("id").asLong() + "/proposals"))
                .get("items").size());

        JsonNode result = ok(admin.post(F + "/statements/" + id + "/auto-match", null));
        assertEquals(result.toString(), 2, result.get("matched").asInt());
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + named.get("id").asLong())).get("status").asText());
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + ibex.get("id").asLong())).get("status").asText());
        assertEquals("POSTED", ok(admin.get(F + "/invoices/" + other.get("id").asLong())).get("status").asText());
    }

    /**
     * A statement large enough that auto-match writes its audit records in more than one chunk (three per line, chunks
     * of 1,000): every line matched, every receipt audited once, the books consistent and the statement reconciled.
     */
    @Test
    public void aLargeStatementIsMatchedWholeWithEveryReceiptAuditedOnce() throws Exception {
        Http admin = admin();
        ledgerAccount("1187");
        partner("BK-BULK");
        String iban = "GB94BARC10201530093459";
        long bank = bankAccount("BK-BULK", iban, "1187", null).get("id").asLong();
        int lines = 400;
        List<String> entries = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines; i++) {
            String amount = BigDecimal.valueOf(5000 + i, 2).toPlainString(); // 50.00, 50.01, ...
            JsonNode invoice = postedInvoice("BK-BULK", "2030-10-01", amount);
            entries.add(entry(amount, "USD", "2030-10-20", "Payment " + invoice.get("number").asText(), "Bulk Ltd",
                    "L" + i));
            sum = sum.add(new BigDecimal(amount));
        }
        String receiptAudit = "/api/audit?module=finance&entity=Receipt&limit=1";
        long auditedBefore = ok(admin.get(receiptAudit)).get("total").asLong();
        long id = created(importXml(bank, camt("BK-BULK-2030-10", "1", iban, "USD", "0.00", sum.toPlainString(),
                "2030-10-31", entries))).get("id").asLong();
        JsonNode result = ok(admin.post(F + "/statements/" + id + "/auto-match", null));
        assertEquals(result.toString(), lines, result.get("matched").asInt());
        assertEquals("RECONCILED", result.get("statement").get("status").asText());
        assertEquals(auditedBefore + lines, ok(admin.get(receiptAudit)).get("total").asLong());
        JsonNode last = ok(admin.get(F + "/statements/" + id + "/lines?offset=" + (lines - 1) + "&limit=1"))
                .get("items").get(0);
        JsonNode trail = ok(admin.get("/api/audit?module=finance&entity=Receipt&entityId="
                + last.get("receipt").asLong()));
        assertEquals(trail.toString(), 1, trail.get("total").asInt());
        assertTrue(trail.toString(), trail.get("items").get(0).get("changes").get(0).get("newValue").asText()
                .endsWith("from BK-BULK, " + BigDecimal.valueOf(5000 + lines - 1, 2).toPlainString() + " USD"));
        assertEquals("0.00", ok(admin.get(F + "/statements/" + id + "/reconciliation")).get("difference").asText());
        assertTrue(ok(admin.get(F + "/verify")).get("consistent").asBoolean());
    }

    /**
     * Banks send one statement per day in a file: every statement is checked on its own, and the file is imported
     * whole or not at all, over REST and the shell.
     */
    @Test
    public void aFileOfDailyStatementsImportsEveryStatementOrNone() throws Exception {
        Http admin = admin();
        ledgerAccount("1186");
        String iban = "ES9121000418450200051332";
        long bank = bankAccount("BK-DAILY", iban, "1186", null).get("id").asLong();
        String day4 = camt("BK-DAY-2030-11-04", "104", iban, "USD", "0.00", "100.00", "2030-11-04",
                List.of(entry("100.00", "USD", "2030-11-04", "refund", "Refunder", "D4")));
        List<String> day5Entries = List.of(entry("-30.00", "USD", "2030-11-05", "charges", "The Bank", "D5"));
        String day5 = camt("BK-DAY-2030-11-05", "105", iban, "USD", "100.00", "70.00", "2030-11-05", day5Entries);

        // the second statement does not balance, or is of another account: the file is refused whole
        assertField(importXml(bank, camtFile(day4, camt("BK-DAY-2030-11-05", "105", iban, "USD", "100.00", "75.00",
                "2030-11-05", day5Entries))), "Stmt[2]/Bal[CLBD]", "not the closing balance");
        assertField(importXml(bank, camtFile(day4, camt("BK-DAY-2030-11-05", "105", "GB82WEST12345698765432",
                "USD", "100.00", "70.00", "2030-11-05", day5Entries))), "Stmt[2]/Acct/Id/IBAN", "not of bank account");
        assertEquals(0, statements(bank));

        // both imported: the first statement's answer, as for a file of one, plus every statement
        Http.Reply reply = importXml(bank, camtFile(day4, day5));
        JsonNode both = created(reply);
        assertEquals("BK-DAY-2030-11-04", both.get("statementId").asText());
        assertTrue(reply.header("Location"), reply.header("Location").endsWith("/statements/"
                + both.get("id").asLong()));
        JsonNode imported = both.get("statements");
        assertEquals(2, imported.size());
        assertEquals(both.get("id").asLong(), imported.get(0).get("id").asLong());
        assertEquals("BK-DAY-2030-11-05", imported.get(1).get("statementId").asText());
        assertEquals(0, new BigDecimal("70.00").compareTo(dec(imported.get(1).get("closingBalance"))));
        assertEquals(1, ok(admin.get(F + "/statements/" + imported.get(1).get("id").asLong())).get("lines").asInt());
        assertEquals(2, statements(bank));

        // the same file again, or a new file with a statement seen before: 409 naming it, nothing stored
        assertProblem(importXml(bank, camtFile(day4, day5)), 409);
        String day6 = camt("BK-DAY-2030-11-06", "106", iban, "USD", "70.00", "50.00", "2030-11-06",
                List.of(entry("-20.00", "USD", "2030-11-06", "charges", "The Bank", "D6")));
        Http.Reply repeat = importXml(bank, camtFile(day6, day5));
        assertProblem(repeat, 409);
        assertTrue(repeat.toString(), repeat.body().contains("BK-DAY-2030-11-05"));
        assertEquals(2, statements(bank));

        // the shell imports a file of two days and prints both
        String day7 = camt("BK-DAY-2030-11-07", "107", iban, "USD", "50.00", "55.00", "2030-11-07",
                List.of(entry("5.00", "USD", "2030-11-07", "interest", "The Bank", "D7")));
        Path file = Files.createTempFile("bk-daily", ".xml");
        Files.writeString(file, camtFile(day6, day7), StandardCharsets.UTF_8);
        String shown = shell("finance:bank-import BK-DAILY " + file);
        Files.delete(file);
        assertTrue(shown, shown.contains("(BK-DAY-2030-11-06) of BK-DAILY: 1 lines")
                && shown.contains("(BK-DAY-2030-11-07) of BK-DAILY: 1 lines")
                && shown.contains("2 statements imported"));
        assertEquals(4, statements(bank));
    }
}
