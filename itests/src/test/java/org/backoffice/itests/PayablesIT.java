package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.dec;
import static org.backoffice.itests.Replies.movement;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Payables end to end over REST and the shell: suppliers from the partners module, bills with mixed tax codes,
 * posting, a manual partial payment, a payment run (review, exclude, execute, pain.001 and CSV), aging, and the
 * ledger agreeing with the documents. Base currency USD. Everything lives in 2028 (the main scenario in February to
 * April, bad input from May, the shell from July; one overdue bill in 2025), away from the other classes' dates.
 */
@ExamReactorStrategy(PerSuite.class)
public class PayablesIT extends FinanceTestSupport {

    private static final String PAIN = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final Map<String, BigDecimal> RATES = Map.of("STD", new BigDecimal("20"), "RED",
            new BigDecimal("10"), "ZERO", BigDecimal.ZERO);

    @Before
    public void openYears() throws Exception {
        openYears("/tax-codes", 2025, 2028);
    }

    private static String line(String quantity, String price, String taxCode, String account) {
        return "{\"description\":\"Item " + taxCode + "\",\"quantity\":" + quantity + ",\"unitPrice\":" + price
                + ",\"taxCode\":\"" + taxCode + "\"" + (account == null ? "" : ",\"account\":\"" + account + "\"")
                + "}";
    }

    private static String bill(String supplier, String reference, String date, String iban, String... lines) {
        return "{\"supplier\":\"" + supplier + "\",\"supplierReference\":\"" + reference + "\",\"date\":\"" + date
                + "\"" + (iban == null ? "" : ",\"iban\":\"" + iban + "\"") + ",\"lines\":[" + String.join(",", lines)
                + "]}";
    }

    /** net, tax, gross of lines [quantity, price, code], computed here independently of the server. */
    private static BigDecimal[] expectedTotals(String[][] lines) {
        Map<String, BigDecimal> bases = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO;
        for (String[] l : lines) {
            BigDecimal lineNet = new BigDecimal(l[0]).multiply(new BigDecimal(l[1])).setScale(2, RoundingMode.HALF_UP);
            bases.merge(l[2], lineNet, BigDecimal::add);
            net = net.add(lineNet);
        }
        BigDecimal tax = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> base : bases.entrySet()) {
            tax = tax.add(base.getValue().multiply(RATES.get(base.getKey())).divide(BigDecimal.valueOf(100))
                    .setScale(2, RoundingMode.HALF_UP));
        }
        return new BigDecimal[] {net, tax, net.add(tax)};
    }

    private static long entryCount() throws Exception {
        return admin().get(F + "/journal-entries?limit=1").json().get("total").asLong();
    }

    private static long total(String path) throws Exception {
        return ok(admin().get(path)).get("total").asLong();
    }

    /** Debits less credits of the account within the trial balance's range. */
    private static long postedBills(int year) throws Exception {
        long posted = 0;
        for (JsonNode b : ok(admin().get(F + "/bills?limit=500")).get("items")) {
            posted += b.get("number").asText().startsWith("BILL-" + year + "-") ? 1 : 0;
        }
        return posted;
    }

    private static Element child(Element parent, String path) {
        Element current = parent;
        for (String name : path.split("/")) {
            Element next = null;
            for (Node n = current.getFirstChild(); n != null && next == null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals(name)) {
                    next = e;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    private static String text(Element parent, String path) {
        Element found = child(parent, path);
        return found == null ? null : found.getTextContent();
    }

    private static Map<String, JsonNode> agingRows(LocalDate asOf) throws Exception {
        JsonNode aging = ok(admin().get(F + "/payables/aging?asOf=" + asOf));
        Map<String, JsonNode> rows = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : aging.get("items")) {
            rows.put(row.get("partner").asText(), row);
            sum = sum.add(dec(row.get("total")));
        }
        assertEquals(aging.toString(), 0, sum.compareTo(dec(aging.get("totals").get("total"))));
        return rows;
    }

    @Test
    public void billsPaymentsAndAPaymentRunKeepTheLedgerConsistent() throws Exception {
        Http admin = admin();
        partner("PY-A", "SUPPLIER", 30);
        partner("PY-B", "SUPPLIER", 14);
        partner("PY-C", "SUPPLIER", 45);
        String[] suppliers = {"PY-A", "PY-B", "PY-C"};
        Map<String, Integer> terms = Map.of("PY-A", 30, "PY-B", 14, "PY-C", 45);
        Map<String, String> ibans = Map.of("PY-A", "DE02120300000000202051", "PY-B", "GB29NWBK60161331926819");
        String[][][] patterns = {
            {{"3", "33.33", "STD"}, {"1", "10.01", "RED"}},
            {{"1", "0.10", "STD"}, {"1", "0.10", "STD"}, {"1", "0.10", "STD"}, {"2", "5", "ZERO"}},
            {{"2.5", "19.99", "RED"}, {"1", "120", "STD"}},
            {{"7", "0.3333", "STD"}, {"1", "99.95", "ZERO"}, {"4", "12.125", "RED"}},
        };

        // 10 drafts over February 2028, the last line of every third bill on bank charges instead of purchases
        List<JsonNode> drafts = new ArrayList<>();
        BigDecimal inputTax = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            String supplier = suppliers[i % 3];
            String[][] pattern = patterns[i % patterns.length];
            String date = LocalDate.of(2028, 2, 1 + i).toString();
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < pattern.length; l++) {
                lines.add(line(pattern[l][0], pattern[l][1], pattern[l][2],
                        i % 3 == 2 && l == pattern.length - 1 ? "6500" : null));
            }
            JsonNode draft = created(admin.post(F + "/bills", bill(supplier, "INV-" + supplier + "-" + i, date,
                    ibans.get(supplier), lines.toArray(new String[0]))));
            assertEquals("DRAFT", draft.get("status").asText());
            assertTrue(draft.get("number").isNull());
            assertEquals(LocalDate.parse(date).plusDays(terms.get(supplier)).toString(),
                    draft.get("dueDate").asText());
            BigDecimal[] expected = expectedTotals(pattern);
            assertEquals(draft.toString(), 0, expected[1].compareTo(dec(draft.get("tax"))));
            assertEquals(0, expected[2].compareTo(dec(draft.get("gross"))));
            assertEquals("5000", draft.get("lines").get(0).get("account").asText());
            inputTax = inputTax.add(expected[1]);
            drafts.add(draft);
        }

        long entriesBefore = entryCount();
        long postedBefore = postedBills(2028);
        List<JsonNode> posted = new ArrayList<>();
        for (JsonNode draft : drafts) {
            JsonNode p = ok(admin.post(F + "/bills/" + draft.get("id").asLong() + "/post", null));
            assertEquals("POSTED", p.get("status").asText());
            posted.add(p);
        }
        assertEquals(entriesBefore + 10, entryCount());
        for (int i = 0; i < 10; i++) { // gapless, in posting order
            assertEquals(String.format("BILL-2028-%06d", postedBefore + 1 + i), posted.get(i).get("number").asText());
        }
        JsonNode first = posted.get(0);
        JsonNode entry = ok(admin.get(F + "/journal-entries/" + first.get("journalEntry").asLong()));
        assertEquals("AP", entry.get("source").asText());
        assertEquals(first.get("number").asText(), entry.get("sourceDocument").asText());
        Map<String, BigDecimal> debits = new HashMap<>();
        for (JsonNode l : entry.get("lines")) {
            if (l.get("account").asText().equals("2000")) {
                assertEquals(first.get("gross").asText(), l.get("credit").asText());
                assertEquals("PY-A", l.get("partner").asText());
            } else {
                debits.merge(l.get("account").asText(), dec(l.get("debit")), BigDecimal::add);
            }
        }
        assertEquals(0, dec(first.get("tax")).compareTo(debits.get("1300")));
        assertEquals(0, dec(first.get("net")).compareTo(debits.get("5000")));
        assertProblem(admin.post(F + "/bills/" + first.get("id").asLong() + "/post", null), 409);
        JsonNode withCharges = ok(admin.get(F + "/journal-entries/" + posted.get(2).get("journalEntry").asLong()));
        assertTrue(withCharges.toString(), withCharges.toString().contains("\"account\":\"6500\""));

        // a manual partial payment of PY-A's first bill
        long a0 = first.get("id").asLong();
        JsonNode manual = created(admin.post(F + "/supplier-payments", "{\"supplier\":\"PY-A\",\"date\":\"2028-02-20\","
                + "\"amount\":50.00,\"reference\":\"part\",\"allocations\":[{\"bill\":" + a0 + ",\"amount\":50.00}]}"));
        assertTrue(manual.get("number").asText().startsWith("PAY-2028-"));
        assertEquals("0.00", manual.get("unallocated").asText());
        JsonNode partly = ok(admin.get(F + "/bills/" + a0));
        assertEquals("PARTIALLY_PAID", partly.get("status").asText());
        assertEquals(0, dec(first.get("gross")).subtract(new BigDecimal("50")).compareTo(dec(partly.get("open"))));
        JsonNode paymentEntry = ok(admin.get(F + "/journal-entries/" + manual.get("journalEntry").asLong()));
        assertEquals("2000", paymentEntry.get("lines").get(0).get("account").asText());
        assertEquals("50.00", paymentEntry.get("lines").get(0).get("debit").asText());
        assertEquals("PY-A", paymentEntry.get("lines").get(0).get("partner").asText());
        assertEquals("1100", paymentEntry.get("lines").get(1).get("account").asText());

        // a payment run: review, exclude PY-C's last bill, execute
        JsonNode proposal = created(admin.post(F + "/payment-runs", "{\"dueBy\":\"2028-03-31\","
                + "\"paymentDate\":\"2028-04-03\"}"));
        assertEquals("PROPOSED", proposal.get("status").asText());
        long run = proposal.get("id").asLong();
        JsonNode review = ok(admin.get(F + "/payment-runs/" + run));
        assertEquals(10, review.get("items").size());
        BigDecimal open = BigDecimal.ZERO;
        for (JsonNode b : posted) {
            open = open.add(dec(ok(admin.get(F + "/bills/" + b.get("id").asLong())).get("open")));
        }
        assertEquals(0, open.compareTo(dec(review.get("total"))));
        // the proposal holds its bills: another one selects none of them; a cancelled run is final
        JsonNode second = created(admin.post(F + "/payment-runs", "{\"dueBy\":\"2028-03-31\","
                + "\"paymentDate\":\"2028-04-03\"}"));
        assertEquals(second.toString(), 0, second.get("items").size());
        long secondId = second.get("id").asLong();
        assertEquals("CANCELLED", ok(admin.post(F + "/payment-runs/" + secondId + "/cancel", null)).get("status")
                .asText());
        assertProblem(admin.post(F + "/payment-runs/" + secondId + "/cancel", null), 409);
        assertProblem(admin.post(F + "/payment-runs/" + secondId + "/execute", null), 409);
        assertProblem(admin.post(F + "/payment-runs/999999/cancel", null), 404);
        JsonNode excluded = posted.get(8); // PY-C
        JsonNode trimmed = ok(admin.send(F + "/payment-runs/" + run + "/items/" + excluded.get("id").asLong(),
                "DELETE", null, (String) null));
        assertEquals(9, trimmed.get("items").size());
        // excluding frees the bill for the next proposal
        JsonNode third = created(admin.post(F + "/payment-runs", "{\"dueBy\":\"2028-03-31\","
                + "\"paymentDate\":\"2028-04-03\"}"));
        assertEquals(third.toString(), 1, third.get("items").size());
        assertEquals(excluded.get("id").asLong(), third.get("items").get(0).get("bill").asLong());
        ok(admin.post(F + "/payment-runs/" + third.get("id").asLong() + "/cancel", null));
        assertProblem(admin.send(F + "/payment-runs/" + run + "/items/" + excluded.get("id").asLong(), "DELETE",
                null, (String) null), 404);
        assertProblem(admin.get(F + "/payment-runs/" + run + "/pain001", "application/xml"), 409);
        long paymentsBefore = total(F + "/supplier-payments");
        JsonNode executed = ok(admin.post(F + "/payment-runs/" + run + "/execute", null));
        assertEquals("EXECUTED", executed.get("status").asText());
        assertEquals(3, executed.get("payments").size());
        assertEquals(paymentsBefore + 3, total(F + "/supplier-payments"));
        assertProblem(admin.post(F + "/payment-runs/" + run + "/execute", null), 409);
        assertProblem(admin.post(F + "/payment-runs/" + run + "/cancel", null), 409);
        assertProblem(admin.send(F + "/payment-runs/" + run + "/items/" + posted.get(1).get("id").asLong(), "DELETE",
                null, (String) null), 409);
        for (JsonNode b : posted) {
            String status = ok(admin.get(F + "/bills/" + b.get("id").asLong())).get("status").asText();
            assertEquals(b.get("number").asText(), b == excluded ? "POSTED" : "PAID", status);
        }
        Map<String, JsonNode> paymentsBySupplier = new HashMap<>();
        BigDecimal runTotal = BigDecimal.ZERO;
        for (JsonNode id : executed.get("payments")) {
            JsonNode p = ok(admin.get(F + "/supplier-payments/" + id.asLong()));
            assertEquals(run, p.get("paymentRun").asLong());
            paymentsBySupplier.put(p.get("supplier").asText(), p);
            runTotal = runTotal.add(dec(p.get("amount")));
        }
        assertEquals(0, dec(executed.get("total")).compareTo(runTotal));
        assertEquals(List.of("PY-A", "PY-B", "PY-C"), new ArrayList<>(new TreeMap<>(paymentsBySupplier).keySet()));

        // pain.001: one PmtInf, one transfer per payment, sums and accounts as paid
        Http.Reply xml = admin.get(F + "/payment-runs/" + run + "/pain001", "application/xml");
        assertEquals(xml.toString(), 200, xml.status());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                xml.body().getBytes(StandardCharsets.UTF_8)));
        Element initiation = child(doc.getDocumentElement(), "CstmrCdtTrfInitn");
        assertEquals(PAIN, doc.getDocumentElement().getNamespaceURI());
        assertEquals("3", text(initiation, "GrpHdr/NbOfTxs"));
        assertEquals(runTotal.setScale(2).toPlainString(), text(initiation, "GrpHdr/CtrlSum"));
        assertEquals("PAYRUN-" + run, text(initiation, "GrpHdr/MsgId"));
        Element info = child(initiation, "PmtInf");
        assertEquals("TRF", text(info, "PmtMtd"));
        assertEquals("2028-04-03", text(info, "ReqdExctnDt"));
        assertEquals(runTotal.setScale(2).toPlainString(), text(info, "CtrlSum"));
        assertTrue(text(info, "DbtrAcct/Id/IBAN").matches("[A-Z]{2}[0-9]{2}[A-Za-z0-9]+"));
        assertTrue(text(info, "DbtrAgt/FinInstnId/BIC").matches("[A-Z0-9]{8,11}"));
        NodeList transfers = info.getElementsByTagNameNS(PAIN, "CdtTrfTxInf");
        assertEquals(3, transfers.getLength());
        for (int i = 0; i < transfers.getLength(); i++) {
            Element t = (Element) transfers.item(i);
            String supplier = text(t, "Cdtr/Nm").replace("Partner ", "");
            JsonNode p = paymentsBySupplier.get(supplier);
            assertEquals(p.get("number").asText(), text(t, "PmtId/EndToEndId"));
            assertEquals(p.get("amount").asText(), text(t, "Amt/InstdAmt"));
            assertEquals("USD", child(t, "Amt/InstdAmt").getAttribute("Ccy"));
            assertEquals(ibans.get(supplier), text(t, "CdtrAcct/Id/IBAN"));
            for (JsonNode a : p.get("allocations")) {
                assertTrue(text(t, "RmtInf/Ustrd"), text(t, "RmtInf/Ustrd")
                        .contains(a.get("supplierReference").asText()));
            }
        }
        Http.Reply csv = admin.get(F + "/payment-runs/" + run + "/csv", "text/csv");
        assertEquals(csv.toString(), 200, csv.status());
        String[] csvRows = csv.body().split("\r\n");
        assertEquals(csv.body(), 4, csvRows.length);
        assertTrue(csvRows[0].startsWith("payment,supplier,date,amount,currency"));
        assertTrue(csv.body(), csv.body().contains(paymentsBySupplier.get("PY-B").get("number").asText() + ",PY-B,"
                + "2028-04-03," + paymentsBySupplier.get("PY-B").get("amount").asText() + ",USD"));

        // the ledger agrees with the documents (this class's container has no others but the exchange-difference
        // test's, which live in 2034): payables are what the posted bills leave open less advances, the bank paid what
        // the payments say, input tax is the bills' tax
        BigDecimal openAll = BigDecimal.ZERO;
        BigDecimal taxAll = BigDecimal.ZERO;
        for (JsonNode b : ok(admin.get(F + "/bills?limit=500")).get("items")) {
            if (!"DRAFT".equals(b.get("status").asText()) && !b.get("date").asText().startsWith("2034")) {
                openAll = openAll.add(dec(b.get("open")));
                taxAll = taxAll.add(dec(b.get("tax")));
            }
        }
        BigDecimal paidAll = BigDecimal.ZERO;
        BigDecimal advances = BigDecimal.ZERO;
        for (JsonNode p : ok(admin.get(F + "/supplier-payments?limit=500")).get("items")) {
            if (p.get("date").asText().startsWith("2034")) {
                continue;
            }
            paidAll = paidAll.add(dec(p.get("amount")));
            advances = advances.add(dec(p.get("unallocated")));
        }
        JsonNode y2025 = ok(admin.get(F + "/reports/trial-balance?from=2025-01-01&to=2025-12-31"));
        JsonNode y2028 = ok(admin.get(F + "/reports/trial-balance?from=2028-01-01&to=2028-12-31"));
        String trial = y2025 + " " + y2028;
        assertEquals(trial, 0, openAll.negate().add(advances).compareTo(movement(y2025, "2000")
                .add(movement(y2028, "2000"))));
        assertEquals(trial, 0, paidAll.negate().compareTo(movement(y2025, "1100").add(movement(y2028, "1100"))));
        assertEquals(trial, 0, taxAll.compareTo(movement(y2025, "1300").add(movement(y2028, "1300"))));
        assertTrue(taxAll.compareTo(inputTax) >= 0);

        // aging at the end of April: of this scenario's suppliers only PY-C is open, by the excluded bill, in the
        // bucket of its due date
        LocalDate asOf = LocalDate.of(2028, 4, 30);
        JsonNode excludedNow = ok(admin.get(F + "/bills/" + excluded.get("id").asLong()));
        Map<String, JsonNode> rows = agingRows(asOf);
        assertTrue(rows.toString(), !rows.containsKey("PY-A") && !rows.containsKey("PY-B"));
        JsonNode row = rows.get("PY-C");
        long late = LocalDate.parse(excludedNow.get("dueDate").asText()).until(asOf, ChronoUnit.DAYS);
        String bucket = late <= 0 ? "current" : late <= 30 ? "d1to30" : late <= 60 ? "d31to60" : "d61to90";
        assertEquals(row.toString(), excludedNow.get("open").asText(), row.get(bucket).asText());
        assertEquals(excludedNow.get("open").asText(), row.get("total").asText());
        // as of the day of the manual payment: everything posted, less the 50.00 paid that day
        BigDecimal scenario = BigDecimal.ZERO;
        for (Map.Entry<String, JsonNode> supplier : agingRows(LocalDate.of(2028, 2, 20)).entrySet()) {
            scenario = scenario.add(terms.containsKey(supplier.getKey()) ? dec(supplier.getValue().get("total"))
                    : BigDecimal.ZERO);
        }
        assertEquals(0, open.compareTo(scenario));

        JsonNode verify = ok(admin.get(F + "/verify"));
        assertTrue(verify.toString(), verify.get("consistent").asBoolean());
        String trail = ok(admin.get("/api/audit?module=finance&entity=Bill&entityId=" + a0)).toString();
        assertTrue(trail, trail.contains("\"action\":\"CREATE\"") && trail.contains("\"action\":\"POST\"")
                && trail.contains("\"action\":\"ALLOCATE\""));
    }

    @Test
    public void badInputIsRefusedAndWritesNothing() throws Exception {
        Http admin = admin();
        partner("PY-X", "SUPPLIER", 30);
        partner("PY-CUST", "CUSTOMER", 30);
        String good = line("1", "100", "STD", null);
        long entries = entryCount();
        long bills = total(F + "/bills");
        assertField(admin.post(F + "/bills", bill("NOPE-404", "X-1", "2028-05-02", null, good)), "supplier",
                "does not exist");
        assertField(admin.post(F + "/bills", bill("PY-CUST", "X-1", "2028-05-02", null, good)), "supplier",
                "is not a supplier");
        assertField(admin.post(F + "/bills", "{\"supplier\":\"PY-X\",\"date\":\"2028-05-02\",\"lines\":[" + good
                + "]}"), "supplierReference", "required");
        assertField(admin.post(F + "/bills", bill("PY-X", "X-1", "2028-05-02", "not an iban", good)), "iban", "IBAN");
        // the right shape with a mistyped digit: refused by the check digits, not only by the shape
        assertField(admin.post(F + "/bills", bill("PY-X", "X-1", "2028-05-02", "DE89370400440532013001", good)),
                "iban", "check digits");
        assertField(admin.post(F + "/bills", bill("PY-X", "X-1", "2028-05-02", null, line("1", "1", "NOTAX", null))),
                "lines[0].taxCode", "does not exist");
        assertField(admin.post(F + "/bills", bill("PY-X", "X-1", "2028-05-02", null, line("1", "1", "STD", "9999"))),
                "lines[0].account", "does not exist");
        assertEquals(bills, total(F + "/bills"));

        // the same supplier reference twice, also when eight saves race: one bill, the others name the reference
        long draft = created(admin.post(F + "/bills", bill("PY-X", "X-1", "2028-05-02", null, good))).get("id")
                .asLong();
        assertField(admin.post(F + "/bills", bill("PY-X", "X-1", "2028-05-03", null, good)), "supplierReference",
                "already has bill");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Http.Reply> save = () -> admin().post(F + "/bills", bill("PY-X", "X-RACE", "2028-05-04",
                        null, good));
                replies.add(pool.submit(save));
            }
            int saved = 0;
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get();
                if (r.status() == 201) {
                    saved++;
                } else {
                    assertTrue(r.toString(), r.status() == 422 && r.body().contains("supplierReference")
                            || r.status() == 409);
                }
            }
            assertEquals(1, saved);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(bills + 2, total(F + "/bills"));

        // posting into a closed period: stays DRAFT, no entry, no number used
        long inJune = created(admin.post(F + "/bills", bill("PY-X", "X-JUNE", "2028-06-05", null, good))).get("id")
                .asLong();
        long postedBefore = postedBills(2028);
        assertEquals(200, admin.post(F + "/periods/2028-06/close", null).status());
        try {
            assertField(admin.post(F + "/bills/" + inJune + "/post", null), "date", "closed");
            JsonNode still = ok(admin.get(F + "/bills/" + inJune));
            assertEquals("DRAFT", still.get("status").asText());
            assertTrue(still.get("number").isNull() && still.get("journalEntry").isNull());
            assertEquals(entries, entryCount());
        } finally {
            assertEquals(200, admin.post(F + "/periods/2028-06/reopen", null).status());
        }
        JsonNode posted = ok(admin.post(F + "/bills/" + inJune + "/post", null));
        assertEquals(String.format("BILL-2028-%06d", postedBefore + 1), posted.get("number").asText());
        assertProblem(admin.put(F + "/bills/" + inJune, bill("PY-X", "X-JUNE", "2028-06-05", null, good)
                .replace("}]}", "}],\"version\":" + posted.get("version").asLong() + "}")), 409);
        entries = entryCount();

        // payments: a draft, more than open, over the amount, someone else's bill
        long payments = total(F + "/supplier-payments?supplier=PY-X");
        String pay = "{\"supplier\":\"PY-X\",\"date\":\"2028-06-10\",\"amount\":200.00,\"allocations\":[";
        assertField(admin.post(F + "/supplier-payments", pay + "{\"bill\":" + draft + ",\"amount\":10}]}"),
                "allocations[0].bill", "draft");
        assertField(admin.post(F + "/supplier-payments", pay + "{\"bill\":" + inJune + ",\"amount\":120.01}]}"),
                "allocations[0].amount", "open amount");
        assertField(admin.post(F + "/supplier-payments", "{\"supplier\":\"PY-X\",\"date\":\"2028-06-10\","
                + "\"amount\":100.00,\"allocations\":[{\"bill\":" + inJune + ",\"amount\":110}]}"), "allocations",
                "at most");
        assertField(admin.post(F + "/supplier-payments", pay + "{\"bill\":987654321,\"amount\":1}]}"),
                "allocations[0].bill", "does not exist");
        assertField(admin.post(F + "/supplier-payments", "{\"supplier\":\"PY-CUST\",\"date\":\"2028-06-10\","
                + "\"amount\":1}"), "supplier", "is not a supplier");
        assertField(admin.post(F + "/supplier-payments", "{\"supplier\":\"PY-X\",\"date\":\"2028-06-10\","
                + "\"amount\":1.001}"), "amount", "decimals");
        assertEquals(entries, entryCount());
        assertEquals(payments, total(F + "/supplier-payments?supplier=PY-X"));
        assertEquals("120.00", ok(admin.get(F + "/bills/" + inJune)).get("open").asText());

        // an empty run can be proposed, but neither executed nor exported
        JsonNode empty = created(admin.post(F + "/payment-runs", "{\"dueBy\":\"2020-01-31\",\"supplier\":\"PY-X\"}"));
        assertEquals(0, empty.get("items").size());
        Http.Reply export = admin.get(F + "/payment-runs/" + empty.get("id").asLong() + "/pain001", "application/xml");
        assertField(export, "items", "empty run");
        assertField(admin.post(F + "/payment-runs/" + empty.get("id").asLong() + "/execute", null), "items",
                "empty run");
        assertField(admin.post(F + "/payment-runs", "{\"dueBy\":\"2028-06-30\",\"supplier\":\"PY-CUST\"}"),
                "supplier", "is not a supplier");
        assertField(admin.post(F + "/payment-runs", "{\"supplier\":\"PY-X\"}"), "dueBy", "required");
        assertProblem(admin.get(F + "/payment-runs/987654321"), 404);
        assertProblem(admin.get(F + "/bills/987654321"), 404);
        assertEquals(entries, entryCount());
        JsonNode verify = ok(admin.get(F + "/verify"));
        assertTrue(verify.toString(), verify.get("consistent").asBoolean());
    }

    /**
     * A foreign-currency bill paid at another rate posts the realized exchange difference, so nothing stays on payables
     * in base currency. 2034 holds only this test's entries.
     */
    @Test
    public void aBillPaidAtAnotherRatePostsTheExchangeDifference() throws Exception {
        Http admin = admin();
        int opened = admin.post(F + "/fiscal-years", "{\"year\":2034}").status();
        assertTrue("open 2034: " + opened, opened == 201 || opened == 409);
        for (String[] rate : new String[][] {{"2034-01-01", "1.10"}, {"2034-03-01", "1.20"}}) {
            assertEquals(201, admin.post(F + "/exchange-rates", "{\"currency\":\"EUR\",\"date\":\"" + rate[0]
                    + "\",\"rate\":" + rate[1] + "}").status());
        }
        partner("PY-FX", "SUPPLIER", 30);
        String draft = bill("PY-FX", "FX-1", "2034-01-10", null, line("1", "100.00", "ZERO", null));
        long id = created(admin.post(F + "/bills", draft.replace("\"lines\"", "\"currency\":\"EUR\",\"lines\"")))
                .get("id").asLong();
        ok(admin.post(F + "/bills/" + id + "/post", null)); // 110.00 USD on payables
        // paid at 1.20: 120.00 USD off payables, 10.00 lost
        created(admin.post(F + "/supplier-payments", "{\"supplier\":\"PY-FX\",\"date\":\"2034-03-05\","
                + "\"amount\":100.00,\"currency\":\"EUR\",\"allocations\":[{\"bill\":" + id
                + ",\"amount\":100.00}]}"));
        assertEquals("PAID", ok(admin.get(F + "/bills/" + id)).get("status").asText());
        JsonNode year = ok(admin.get(F + "/reports/trial-balance?from=2034-01-01&to=2034-12-31"));
        assertEquals(year.toString(), 0, BigDecimal.ZERO.compareTo(movement(year, "2000")));
        assertEquals(year.toString(), 0, new BigDecimal("10.00").compareTo(movement(year, "6900")));
        assertTrue(ok(admin.get(F + "/verify")).get("consistent").asBoolean());
    }

    /** A bill that names no IBAN is paid to the supplier's own bank account from the partners module. 2034. */
    @Test
    public void aPaymentRunPaysToThePartnersAccountWhenTheBillNamesNone() throws Exception {
        Http admin = admin();
        int opened = admin.post(F + "/fiscal-years", "{\"year\":2034}").status();
        assertTrue("open 2034: " + opened, opened == 201 || opened == 409);
        assertEquals(201, admin.post("/api/partners", "{\"code\":\"PY-IB\",\"name\":\"Partner PY-IB\","
                + "\"roles\":[\"SUPPLIER\"],\"currency\":\"USD\",\"paymentTermsDays\":30,"
                + "\"iban\":\"GB33 BUKB 2020 1555 5555 55\",\"bic\":\"BUKBGB22\"}").status());
        long id = created(admin.post(F + "/bills", bill("PY-IB", "IB-1", "2034-02-01", null,
                line("1", "70.00", "ZERO", null)))).get("id").asLong();
        ok(admin.post(F + "/bills/" + id + "/post", null));
        long run = created(admin.post(F + "/payment-runs", "{\"dueBy\":\"2034-12-31\",\"supplier\":\"PY-IB\","
                + "\"paymentDate\":\"2034-03-10\"}")).get("id").asLong();
        ok(admin.post(F + "/payment-runs/" + run + "/execute", null));
        Http.Reply xml = admin.get(F + "/payment-runs/" + run + "/pain001", "application/xml");
        assertEquals(xml.toString(), 200, xml.status());
        assertTrue(xml.body(), xml.body().contains("<IBAN>GB33BUKB20201555555555</IBAN>")); // the creditor's
    }

    @Test
    public void shellCommands() throws Exception {
        Http admin = admin();
        partner("PY-SH", "SUPPLIER", 20);
        long id = created(admin.post(F + "/bills", bill("PY-SH", "SH-1", "2028-07-03", null, line("2", "50", "STD",
                null)))).get("id").asLong();
        String post = shell("finance:bill-post " + id);
        assertTrue(post, post.contains("Posted bill BILL-2028-") && post.contains("120.00"));
        // a bill due long ago is overdue whatever today is
        long old = created(admin.post(F + "/bills", "{\"supplier\":\"PY-SH\",\"supplierReference\":\"SH-OLD\","
                + "\"date\":\"2025-02-03\",\"dueDate\":\"2025-02-04\",\"lines\":[" + line("1", "10", "ZERO", null)
                + "]}")).get("id").asLong();
        ok(admin.post(F + "/bills/" + old + "/post", null));
        String list = shell("finance:bill-list --supplier PY-SH");
        assertTrue(list, list.contains("SH-1") && list.contains("SH-OLD") && list.contains("POSTED")
                && list.contains("2 of 2 bills"));
        String overdue = shell("finance:bill-list --overdue --supplier PY-SH");
        assertTrue(overdue, overdue.contains("SH-OLD") && !overdue.contains("SH-1") && overdue.contains("1 of 1"));
        assertEquals(1, total(F + "/bills?overdue=true&supplier=PY-SH"));
        String aging = shell("finance:payables-aging --as-of 2028-07-31");
        assertTrue(aging, aging.contains("Payables aging") && aging.contains("PY-SH") && aging.contains("130.00"));

        String proposal = shell("finance:payment-run --due-by 2028-08-31 --supplier PY-SH --payment-date 2028-08-01");
        assertTrue(proposal, proposal.contains("PROPOSED") && proposal.contains("SH-1") && proposal.contains("SH-OLD")
                && proposal.contains("130.00"));
        long first = runId(proposal);
        assertEquals("POSTED", ok(admin.get(F + "/bills/" + id)).get("status").asText());
        // the proposal holds both bills: proposing again finds none, so nothing can be paid twice
        String again = shell("finance:payment-run --due-by 2028-08-31 --supplier PY-SH --payment-date 2028-08-01"
                + " --execute");
        assertTrue(again, again.contains("PROPOSED: 0 bills") && again.contains("nothing to execute"));
        String cancelled = shell("finance:payment-run-cancel " + first);
        assertTrue(cancelled, cancelled.contains("Payment run " + first + " CANCELLED"));
        String renewed = shell("finance:payment-run --due-by 2028-08-31 --supplier PY-SH --payment-date 2028-08-01");
        assertTrue(renewed, renewed.contains("SH-1") && renewed.contains("SH-OLD") && renewed.contains("2 bills"));
        String executed = shell("finance:payment-run-execute " + runId(renewed));
        assertTrue(executed, executed.contains("EXECUTED") && executed.contains("1 payments"));
        assertEquals("PAID", ok(admin.get(F + "/bills/" + id)).get("status").asText());
        assertEquals("PAID", ok(admin.get(F + "/bills/" + old)).get("status").asText());
        assertProblem(admin.post(F + "/payment-runs/" + first + "/execute", null), 409);
        try {
            shell("finance:payment-run-execute " + first);
            throw new AssertionError("executing a cancelled run was accepted");
        } catch (Exception refused) {
            assertTrue(refused.toString(), String.valueOf(refused.getMessage()).contains("CANCELLED"));
        }
        String after = shell("finance:payables-aging --as-of 2028-08-31");
        assertTrue(after, !after.contains("PY-SH"));
        JsonNode verify = ok(admin.get(F + "/verify"));
        assertTrue(verify.toString(), verify.get("consistent").asBoolean());
    }

    /** The run id of a payment-run command's summary line ("Payment run 12 PROPOSED: ..."). */
    private static long runId(String output) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Payment run (\\d+) ").matcher(output);
        assertTrue(output, m.find());
        return Long.parseLong(m.group(1));
    }
}
