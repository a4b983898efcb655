package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.dec;
import static org.backoffice.itests.Replies.movement;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;

/**
 * Receivables end to end over REST and the shell: customers from the partners module, invoices with mixed tax codes,
 * posting, credit notes, receipts with allocations and customer credit, aging, and the ledger staying consistent.
 * Base currency USD (default configuration). The main scenario lives in November 2026; the other tests use 2027 and
 * one 2025 invoice, and every check counts whatever else is there, so the tests do not depend on their order.
 */
public class ReceivablesIT extends FinanceTestSupport {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<String, BigDecimal> RATES = Map.of("STD", new BigDecimal("20"), "RED",
            new BigDecimal("10"), "ZERO", BigDecimal.ZERO);

    @Inject
    protected FeaturesService features;

    @Inject
    protected org.osgi.framework.BundleContext bundleContext;

    /** The registration id of the ledger service: a new one means finance was restarted. */
    private Object ledgerServiceId() {
        return bundleContext.getServiceReference("org.backoffice.finance.api.ledger.LedgerService")
                .getProperty(org.osgi.framework.Constants.SERVICE_ID);
    }

    @Before
    public void openYears() throws Exception {
        openYears("/tax-codes", 2025, 2026, 2027);
    }

    private static String line(String description, String quantity, String price, String taxCode) {
        return "{\"description\":\"" + description + "\",\"quantity\":" + quantity + ",\"unitPrice\":" + price
                + ",\"taxCode\":\"" + taxCode + "\"}";
    }

    private static String invoice(String customer, String date, String... lines) {
        return "{\"customer\":\"" + customer + "\",\"date\":\"" + date + "\",\"lines\":[" + String.join(",", lines)
                + "]}";
    }

    /** The expected gross of lines [quantity, price, code], computed here independently of the server. */
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
            tax = tax.add(base.getValue().multiply(RATES.get(base.getKey())).divide(HUNDRED)
                    .setScale(2, RoundingMode.HALF_UP));
        }
        return new BigDecimal[] {net, tax, net.add(tax)};
    }

    private static long entryCount() throws Exception {
        return admin().get(F + "/journal-entries?limit=1").json().get("total").asLong();
    }

    /** Debits less credits of the account within the trial balance's range. */
    private static long postedInvoices(int year) throws Exception {
        long posted = 0;
        for (JsonNode i : ok(admin().get(F + "/invoices?from=" + year + "-01-01&to=" + year + "-12-31&limit=500"))
                .get("items")) {
            posted += "DRAFT".equals(i.get("status").asText()) ? 0 : 1;
        }
        return posted;
    }

    @Test
    public void invoicesCreditNotesReceiptsAndAgingKeepTheLedgerConsistent() throws Exception {
        Http admin = admin();
        partner("RC-A", "CUSTOMER", 14);
        partner("RC-B", "CUSTOMER", 30);
        partner("RC-C", "CUSTOMER", 60);
        String[] customers = {"RC-A", "RC-B", "RC-C"};
        Map<String, Integer> terms = Map.of("RC-A", 14, "RC-B", 30, "RC-C", 60);
        String[][][] patterns = {
            {{"3", "33.33", "STD"}, {"1", "10.01", "RED"}},
            {{"1", "0.10", "STD"}, {"1", "0.10", "STD"}, {"1", "0.10", "STD"}, {"2", "5", "ZERO"}},
            {{"2.5", "19.99", "RED"}, {"1", "120", "STD"}},
            {{"7", "0.3333", "STD"}, {"1", "99.95", "ZERO"}, {"4", "12.125", "RED"}},
        };

        // 20 drafts over November 2026
        List<JsonNode> invoices = new ArrayList<>();
        BigDecimal taxTotal = BigDecimal.ZERO;
        for (int i = 0; i < 20; i++) {
            String customer = customers[i % 3];
            String[][] pattern = patterns[i % patterns.length];
            String date = LocalDate.of(2026, 11, 1 + i).toString();
            List<String> lines = new ArrayList<>();
            for (String[] l : pattern) {
                lines.add(line("Item " + l[2], l[0], l[1], l[2]));
            }
            JsonNode draft = created(admin.post(F + "/invoices", invoice(customer, date, lines.toArray(new String[0]))));
            assertEquals("DRAFT", draft.get("status").asText());
            assertTrue(draft.get("number").isNull());
            assertEquals(LocalDate.parse(date).plusDays(terms.get(customer)).toString(), draft.get("dueDate").asText());
            BigDecimal[] expected = expectedTotals(pattern);
            assertEquals(0, expected[0].compareTo(dec(draft.get("net"))));
            assertEquals(draft.toString(), 0, expected[1].compareTo(dec(draft.get("tax"))));
            assertEquals(0, expected[2].compareTo(dec(draft.get("gross"))));
            assertEquals(0, expected[2].compareTo(dec(draft.get("open"))));
            assertEquals("4000", draft.get("lines").get(0).get("account").asText());
            taxTotal = taxTotal.add(expected[1]);
            invoices.add(draft);
        }
        // three lines of 0.10 at 20 % are taxed on their sum: 0.06, not 3 × 0.02
        assertEquals("0.06", invoices.get(1).get("taxes").get(0).get("tax").asText());

        long entriesBefore = entryCount();
        long postedBefore = postedInvoices(2026);
        TreeSet<String> numbers = new TreeSet<>();
        List<JsonNode> posted = new ArrayList<>();
        for (JsonNode draft : invoices) {
            JsonNode p = ok(admin.post(F + "/invoices/" + draft.get("id").asLong() + "/post", null));
            assertEquals("POSTED", p.get("status").asText());
            numbers.add(p.get("number").asText());
            posted.add(p);
        }
        assertEquals(entriesBefore + 20, entryCount());
        // gapless per fiscal year: they follow the invoices of 2026 posted before
        for (long i = postedBefore + 1; i <= postedBefore + 20; i++) {
            assertTrue(numbers.toString(), numbers.contains(String.format("INV-2026-%06d", i)));
        }
        JsonNode first = posted.get(0);
        JsonNode entry = ok(admin.get(F + "/journal-entries/" + first.get("journalEntry").asLong()));
        assertEquals("AR", entry.get("source").asText());
        assertEquals(first.get("number").asText(), entry.get("sourceDocument").asText());
        assertEquals("1200", entry.get("lines").get(0).get("account").asText());
        assertEquals(first.get("gross").asText(), entry.get("lines").get(0).get("debit").asText());
        assertEquals("RC-A", entry.get("lines").get(0).get("partner").asText());
        assertProblem(admin.post(F + "/invoices/" + first.get("id").asLong() + "/post", null), 409);

        // credit notes: the whole of invoice 3 (RC-A), one line of invoice 4 (RC-B)
        long notesBefore = ok(admin.get(F + "/credit-notes")).get("total").asLong();
        JsonNode full = created(admin.post(F + "/credit-notes", "{\"invoice\":" + posted.get(3).get("id").asLong()
                + ",\"date\":\"2026-11-22\",\"reason\":\"returned\"}"));
        assertEquals("CN-2026-000001", full.get("number").asText());
        assertEquals(posted.get(3).get("gross").asText(), full.get("gross").asText());
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + posted.get(3).get("id").asLong())).get("status").asText());
        JsonNode partial = created(admin.post(F + "/credit-notes", "{\"invoice\":" + posted.get(4).get("id").asLong()
                + ",\"date\":\"2026-11-22\",\"lines\":[" + line("Discount", "1", "20", "STD") + "]}"));
        assertEquals("CN-2026-000002", partial.get("number").asText());
        assertEquals("24.00", partial.get("gross").asText());
        taxTotal = taxTotal.subtract(dec(full.get("tax"))).subtract(new BigDecimal("4.00"));
        JsonNode credited = ok(admin.get(F + "/invoices/" + posted.get(4).get("id").asLong()));
        assertEquals("PARTIALLY_PAID", credited.get("status").asText());
        assertEquals(0, dec(posted.get(4).get("gross")).subtract(new BigDecimal("24.00"))
                .compareTo(dec(credited.get("open"))));
        assertEquals(notesBefore + 2, ok(admin.get(F + "/credit-notes")).get("total").asLong());

        // receipts: RC-A (invoices 0, 3, 6, ...) pays invoice 0 fully and 6 in part
        long a0 = posted.get(0).get("id").asLong();
        long a6 = posted.get(6).get("id").asLong();
        BigDecimal a0gross = dec(posted.get(0).get("gross"));
        JsonNode r1 = created(admin.post(F + "/receipts", "{\"customer\":\"RC-A\",\"date\":\"2026-11-25\",\"amount\":"
                + a0gross.add(new BigDecimal("10.00")) + ",\"bankAccount\":\"1100\",\"allocations\":[{\"invoice\":"
                + a0 + ",\"amount\":" + a0gross + "},{\"invoice\":" + a6 + ",\"amount\":10.00}]}"));
        assertEquals("0.00", r1.get("unallocated").asText());
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + a0)).get("status").asText());
        assertEquals("PARTIALLY_PAID", ok(admin.get(F + "/invoices/" + a6)).get("status").asText());
        JsonNode receiptEntry = ok(admin.get(F + "/journal-entries/" + r1.get("journalEntry").asLong()));
        assertEquals("RC-A", receiptEntry.get("lines").get(1).get("partner").asText());
        assertEquals(r1.get("number").asText(), receiptEntry.get("sourceDocument").asText());

        // RC-B pays 500.00 against one invoice partly; the rest stays as credit, then part of it is allocated later
        long b1 = posted.get(1).get("id").asLong();
        long b7 = posted.get(7).get("id").asLong();
        JsonNode r2 = created(admin.post(F + "/receipts", "{\"customer\":\"RC-B\",\"date\":\"2026-11-26\","
                + "\"amount\":500.00,\"allocations\":[{\"invoice\":" + b1 + ",\"amount\":5.00}]}"));
        assertEquals(0, new BigDecimal("495.00").compareTo(dec(r2.get("unallocated"))));
        JsonNode credit = ok(admin.get(F + "/customers/RC-B/credit"));
        assertEquals("495.00", credit.get("credit").get(0).get("amount").asText());
        BigDecimal b7open = dec(ok(admin.get(F + "/invoices/" + b7)).get("open"));
        JsonNode later = ok(admin.post(F + "/receipts/" + r2.get("id").asLong() + "/allocations",
                "{\"date\":\"2026-11-28\",\"allocations\":[{\"invoice\":" + b7 + ",\"amount\":" + b7open + "}]}"));
        assertEquals(0, new BigDecimal("495.00").subtract(b7open).compareTo(dec(later.get("unallocated"))));
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + b7)).get("status").asText());
        assertEquals(2, later.get("allocations").size());
        JsonNode listed = ok(admin.get(F + "/invoices?customer=RC-B&status=PAID"));
        assertTrue(listed.toString().contains("\"id\":" + b7));

        // the ledger agrees with the documents: 2026's movement on 1200 is what 2026's documents leave open
        JsonNode all = ok(admin.get(F + "/invoices?to=2026-12-31&limit=500"));
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal open2026 = BigDecimal.ZERO;
        for (JsonNode i : all.get("items")) {
            if (!"DRAFT".equals(i.get("status").asText())) {
                open = open.add(dec(i.get("open")));
                open2026 = open2026.add(i.get("date").asText().startsWith("2026") ? dec(i.get("open"))
                        : BigDecimal.ZERO);
            }
        }
        BigDecimal unallocated = BigDecimal.ZERO;
        for (JsonNode r : ok(admin.get(F + "/receipts?limit=500")).get("items")) {
            if (r.get("date").asText().startsWith("2026")) {
                unallocated = unallocated.add(dec(r.get("unallocated")));
            }
        }
        JsonNode trial = ok(admin.get(F + "/reports/trial-balance?from=2026-01-01&to=2026-12-31"));
        assertEquals(trial.toString(), 0, open2026.subtract(unallocated).compareTo(movement(trial, "1200")));
        assertEquals(trial.toString(), 0, taxTotal.negate().compareTo(movement(trial, "2100")));

        // aging as of year end: by due date, totals equal the open amounts; bucket of every invoice checked here
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        JsonNode aging = ok(admin.get(F + "/receivables/aging?asOf=" + asOf));
        assertEquals(0, open.compareTo(dec(aging.get("totals").get("total"))));
        Map<String, BigDecimal[]> expected = new HashMap<>();
        for (JsonNode i : all.get("items")) {
            if ("DRAFT".equals(i.get("status").asText())) {
                continue;
            }
            long late = LocalDate.parse(i.get("dueDate").asText()).until(asOf, java.time.temporal.ChronoUnit.DAYS);
            int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
            expected.computeIfAbsent(i.get("customer").asText(), c -> new BigDecimal[] {BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO})[bucket] =
                    expected.get(i.get("customer").asText())[bucket].add(dec(i.get("open")));
        }
        assertEquals(expected.keySet().stream().filter(c -> java.util.Arrays.stream(expected.get(c))
                .anyMatch(b -> b.signum() != 0)).count(), aging.get("items").size());
        for (JsonNode row : aging.get("items")) {
            BigDecimal[] want = expected.get(row.get("partner").asText());
            String[] names = {"current", "d1to30", "d31to60", "d61to90", "over90"};
            for (int b = 0; b < names.length; b++) {
                assertEquals(row + " " + names[b], 0, want[b].compareTo(dec(row.get(names[b]))));
            }
        }
        // as of the 10th: only invoices dated up to then, before any credit note or receipt
        JsonNode early = ok(admin.get(F + "/receivables/aging?asOf=2026-11-10"));
        BigDecimal older = BigDecimal.ZERO;
        for (JsonNode i : ok(admin.get(F + "/invoices?to=2026-10-31&limit=500")).get("items")) {
            older = older.add("DRAFT".equals(i.get("status").asText()) ? BigDecimal.ZERO : dec(i.get("open")));
        }
        BigDecimal grossToTenth = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            grossToTenth = grossToTenth.add(dec(posted.get(i).get("gross")));
        }
        assertEquals(early.toString(), 0, grossToTenth.add(older).compareTo(dec(early.get("totals").get("total"))));
        BigDecimal scenarioCurrent = BigDecimal.ZERO;
        for (JsonNode row : early.get("items")) {
            if (row.get("partner").asText().startsWith("RC-") && !row.get("partner").asText().equals("RC-SH")) {
                scenarioCurrent = scenarioCurrent.add(dec(row.get("current")));
                assertEquals(row.toString(), 0, dec(row.get("current")).compareTo(dec(row.get("total"))));
            }
        }
        assertEquals(0, grossToTenth.compareTo(scenarioCurrent));

        JsonNode verify = ok(admin.get(F + "/verify"));
        assertTrue(verify.toString(), verify.get("consistent").asBoolean());
        String trail = ok(admin.get("/api/audit?module=finance&entity=Invoice&entityId=" + a6)).toString();
        assertTrue(trail, trail.contains("\"action\":\"CREATE\"") && trail.contains("\"action\":\"POST\"")
                && trail.contains("\"action\":\"ALLOCATE\""));
    }

    /**
     * Foreign-currency settlements post their realized exchange difference: receipts and a credit note at other rates
     * than the invoices' leave nothing on receivables but what the open invoice still holds at its own rate. 2033 holds
     * only this test's entries.
     */
    @Test
    public void receiptsAndCreditNotesAtAnotherRatePostTheExchangeDifference() throws Exception {
        Http admin = admin();
        int opened = admin.post(F + "/fiscal-years", "{\"year\":2033}").status();
        assertTrue("open 2033: " + opened, opened == 201 || opened == 409);
        for (String[] rate : new String[][] {{"2033-01-01", "1.10"}, {"2033-03-01", "1.20"}, {"2033-05-01", "1.25"}}) {
            int status = admin.post(F + "/exchange-rates", "{\"currency\":\"EUR\",\"date\":\"" + rate[0]
                    + "\",\"rate\":" + rate[1] + "}").status();
            assertTrue("rate " + rate[0] + ": " + status, status == 201 || status == 200);
        }
        partner("RC-FX", "CUSTOMER", 30);
        String eur = "{\"customer\":\"RC-FX\",\"date\":\"2033-01-10\",\"currency\":\"EUR\",\"lines\":[";
        long paid = created(admin.post(F + "/invoices", eur + line("Paid", "1", "100.00", "ZERO") + "]}"))
                .get("id").asLong();
        long credited = created(admin.post(F + "/invoices", eur + line("Credited", "1", "50.00", "ZERO") + "]}"))
                .get("id").asLong();
        ok(admin.post(F + "/invoices/" + paid + "/post", null));     // 110.00 USD on receivables
        ok(admin.post(F + "/invoices/" + credited + "/post", null)); // 55.00 USD
        // 60.00 EUR at 1.20 for 66.00 USD of the invoice: 6.00 gained
        created(admin.post(F + "/receipts", "{\"customer\":\"RC-FX\",\"date\":\"2033-03-05\",\"amount\":60.00,"
                + "\"currency\":\"EUR\",\"allocations\":[{\"invoice\":" + paid + ",\"amount\":60.00}]}"));
        // 40.00 EUR at 1.25, first as credit, then allocated: the invoice's last 44.00 USD, 6.00 gained
        long later = created(admin.post(F + "/receipts", "{\"customer\":\"RC-FX\",\"date\":\"2033-05-03\","
                + "\"amount\":40.00,\"currency\":\"EUR\"}")).get("id").asLong();
        ok(admin.post(F + "/receipts/" + later + "/allocations", "{\"date\":\"2033-05-04\",\"allocations\":"
                + "[{\"invoice\":" + paid + ",\"amount\":40.00}]}"));
        // a credit note of 20.00 EUR at 1.20 for 22.00 USD of the other invoice: 2.00 gained
        created(admin.post(F + "/credit-notes", "{\"invoice\":" + credited + ",\"date\":\"2033-03-05\","
                + "\"lines\":[" + line("Credited", "1", "20.00", "ZERO") + "]}"));

        assertEquals("PAID", ok(admin.get(F + "/invoices/" + paid)).get("status").asText());
        JsonNode year = ok(admin.get(F + "/reports/trial-balance?from=2033-01-01&to=2033-12-31"));
        String t = year.toString();
        assertEquals(t, 0, new BigDecimal("33.00").compareTo(movement(year, "1200"))); // 30.00 EUR open at 1.10
        assertEquals(t, 0, new BigDecimal("-14.00").compareTo(movement(year, "6900"))); // gains: 6 + 6 + 2
        assertTrue(ok(admin.get(F + "/verify")).get("consistent").asBoolean());
    }

    /** A line without a tax code takes the configured default (STD), so a first invoice needs no tax setup. */
    @Test
    public void aLineWithoutTaxCodeTakesTheConfiguredDefault() throws Exception {
        partner("RC-DT", "CUSTOMER", 30);
        JsonNode invoice = created(admin().post(F + "/invoices", "{\"customer\":\"RC-DT\",\"date\":\"2025-04-01\","
                + "\"lines\":[{\"description\":\"Consulting\",\"quantity\":2,\"unitPrice\":50}]}"));
        JsonNode line = invoice.get("lines").get(0);
        assertEquals("STD", line.get("taxCode").asText());
        assertEquals(0, new BigDecimal("20").compareTo(dec(line.get("taxRate"))));
        assertEquals(0, new BigDecimal("120.00").compareTo(dec(invoice.get("gross"))));
    }

    @Test
    public void badInputIsRefusedAndWritesNothing() throws Exception {
        Http admin = admin();
        partner("RC-X", "CUSTOMER", 30);
        partner("RC-Y", "CUSTOMER", 30);
        partner("RC-S", "SUPPLIER", 30);
        String good = line("Widget", "1", "100", "STD");
        assertField(admin.post(F + "/invoices", invoice("NOPE-404", "2027-02-01", good)), "customer", "does not exist");
        assertField(admin.post(F + "/invoices", invoice("RC-S", "2027-02-01", good)), "customer", "is not a customer");
        assertField(admin.post(F + "/invoices", invoice("RC-X", "2027-02-01", line("W", "1", "1", "NOTAX"))),
                "lines[0].taxCode", "does not exist");
        assertField(admin.post(F + "/invoices", "{\"customer\":\"RC-X\",\"date\":\"2027-02-01\",\"lines\":[{"
                + "\"description\":\"W\",\"quantity\":1,\"unitPrice\":1,\"taxCode\":\"STD\",\"account\":\"9999\"}]}"),
                "lines[0].account", "does not exist");
        assertField(admin.post(F + "/invoices", invoice("RC-X", "2027-02-01", line("W", "0", "1", "STD"))),
                "lines[0].quantity", "more than zero");
        assertField(admin.post(F + "/invoices", invoice("RC-X", "2027-02-01", line("W", "-2", "1", "STD"))),
                "lines[0].quantity", "more than zero");
        assertField(admin.post(F + "/invoices", invoice("RC-X", "2027-02-01", line("W", "1", "1.00001", "STD"))),
                "lines[0].unitPrice", "decimals");
        assertProblem(admin.post(F + "/invoices", "{\"customer\":\"RC-X\",\"date\":\"2027-02-01\",\"status\":\"PAID\","
                + "\"lines\":[" + good + "]}"), 400);
        assertEquals(0, ok(admin.get(F + "/invoices?customer=RC-X")).get("total").asInt());
        assertProblem(admin.get(F + "/invoices/987654321"), 404);

        // posting into a closed period: stays DRAFT, no entry, no number used
        long draftId = created(admin.post(F + "/invoices", invoice("RC-X", "2027-03-05", good))).get("id").asLong();
        long postedIn2027 = postedInvoices(2027);
        long entries = entryCount();
        assertEquals(200, admin.post(F + "/periods/2027-03/close", null).status());
        Http.Reply refused = admin.post(F + "/invoices/" + draftId + "/post", null);
        assertField(refused, "date", "closed");
        JsonNode still = ok(admin.get(F + "/invoices/" + draftId));
        assertEquals("DRAFT", still.get("status").asText());
        assertTrue(still.get("journalEntry").isNull());
        assertTrue(still.get("number").isNull());
        assertEquals(entries, entryCount());
        assertEquals(200, admin.post(F + "/periods/2027-03/reopen", null).status());
        // stale and posted updates
        assertProblem(admin.put(F + "/invoices/" + draftId, "{\"customer\":\"RC-X\",\"date\":\"2027-03-05\","
                + "\"lines\":[" + good + "],\"version\":" + (still.get("version").asLong() + 5) + "}"), 409);
        JsonNode posted = ok(admin.post(F + "/invoices/" + draftId + "/post", null));
        // the refused attempt used no number
        assertEquals(String.format("INV-2027-%06d", postedIn2027 + 1), posted.get("number").asText());
        assertEquals("120.00", posted.get("open").asText());
        assertProblem(admin.put(F + "/invoices/" + draftId, "{\"customer\":\"RC-X\",\"date\":\"2027-03-05\","
                + "\"lines\":[" + good + "],\"version\":" + posted.get("version").asLong() + "}"), 409);

        long otherDraft = created(admin.post(F + "/invoices", invoice("RC-X", "2027-03-06", good))).get("id").asLong();
        long yInvoice = created(admin.post(F + "/invoices", invoice("RC-Y", "2027-03-06", good))).get("id").asLong();
        ok(admin.post(F + "/invoices/" + yInvoice + "/post", null));
        entries = entryCount();
        String receipt = "{\"customer\":\"RC-X\",\"date\":\"2027-03-10\",\"amount\":200.00,\"allocations\":[";
        assertField(admin.post(F + "/receipts", receipt + "{\"invoice\":" + draftId + ",\"amount\":120.01}]}"),
                "allocations[0].amount", "open amount");
        assertField(admin.post(F + "/receipts", receipt + "{\"invoice\":" + otherDraft + ",\"amount\":10}]}"),
                "allocations[0].invoice", "draft");
        assertField(admin.post(F + "/receipts", receipt + "{\"invoice\":" + yInvoice + ",\"amount\":10}]}"),
                "allocations[0].invoice", "RC-Y");
        assertField(admin.post(F + "/receipts", receipt + "{\"invoice\":" + draftId + ",\"amount\":150},{\"invoice\":"
                + yInvoice + ",\"amount\":1}]}"), "allocations[0].amount", "open amount");
        assertField(admin.post(F + "/receipts", "{\"customer\":\"RC-X\",\"date\":\"2027-03-10\",\"amount\":1.001}"),
                "amount", "decimals");
        assertField(admin.post(F + "/receipts", "{\"customer\":\"RC-S\",\"date\":\"2027-03-10\",\"amount\":1}"),
                "customer", "is not a customer");
        assertEquals(entries, entryCount());
        assertEquals(0, ok(admin.get(F + "/receipts?customer=RC-X")).get("total").asInt());

        // credit notes over the open amount, or on a draft
        assertField(admin.post(F + "/credit-notes", "{\"invoice\":" + draftId + ",\"date\":\"2027-03-07\",\"lines\":["
                + line("Too much", "1", "100.01", "STD") + "]}"), "lines", "open amount");
        assertField(admin.post(F + "/credit-notes", "{\"invoice\":" + otherDraft + ",\"date\":\"2027-03-07\"}"),
                "invoice", "draft");
        assertEquals(entries, entryCount());
        assertEquals("120.00", ok(admin.get(F + "/invoices/" + draftId)).get("open").asText());
        JsonNode verify = ok(admin.get(F + "/verify"));
        assertTrue(verify.toString(), verify.get("consistent").asBoolean());
    }

    @Test
    public void taxCodesAndShellCommands() throws Exception {
        Http admin = admin();
        JsonNode codes = ok(admin.get(F + "/tax-codes"));
        assertTrue(codes.toString(), codes.toString().contains("\"code\":\"STD\""));
        assertEquals("20.00", ok(admin.get(F + "/tax-codes/STD")).get("rate").asText());
        JsonNode created = created(admin.post(F + "/tax-codes", "{\"code\":\"SH7\",\"name\":\"Shell 7\",\"rate\":7,"
                + "\"outputAccount\":\"2100\",\"inputAccount\":\"1300\"}"));
        assertField(admin.post(F + "/tax-codes", "{\"code\":\"BAD\",\"name\":\"Bad\",\"rate\":7,"
                + "\"outputAccount\":\"9999\",\"inputAccount\":\"1300\"}"), "outputAccount", "does not exist");
        assertField(admin.post(F + "/tax-codes", "{\"code\":\"BAD\",\"name\":\"Bad\",\"rate\":101,"
                + "\"outputAccount\":\"2100\",\"inputAccount\":\"1300\"}"), "rate", "at most 100");
        JsonNode updated = ok(admin.put(F + "/tax-codes/SH7", "{\"name\":\"Shell seven\",\"rate\":7.5,"
                + "\"outputAccount\":\"2100\",\"inputAccount\":\"1300\",\"version\":" + created.get("version") + "}"));
        assertEquals("7.50", updated.get("rate").asText());
        assertProblem(admin.get(F + "/tax-codes/NONE"), 404);
        assertTrue(shell("finance:tax-codes").contains("SH7"));

        partner("RC-SH", "CUSTOMER", 10);
        long id = created(admin.post(F + "/invoices", invoice("RC-SH", "2027-04-01", line("Shell item", "2", "50",
                "SH7")))).get("id").asLong();
        String post = shell("finance:invoice-post " + id);
        assertTrue(post, post.contains("Posted invoice INV-2027-") && post.contains("107.50"));
        String list = shell("finance:invoice-list --customer RC-SH");
        assertTrue(list, list.contains("INV-2027-") && list.contains("POSTED") && list.contains("107.50"));
        String receipt = shell("finance:receipt --date 2027-04-05 RC-SH 150.00 --invoice " + id + ":100.00");
        assertTrue(receipt, receipt.contains("RC-2027-") && receipt.contains("Unallocated (customer credit): 50.00"));
        assertEquals("7.50", ok(admin.get(F + "/invoices/" + id)).get("open").asText());
        String rest = shell("finance:receipt --date 2027-04-06 --invoice " + id + " RC-SH 7.50");
        assertTrue(rest, rest.contains("Unallocated (customer credit): 0.00"));
        assertEquals("PAID", ok(admin.get(F + "/invoices/" + id)).get("status").asText());

        // an invoice due long ago is overdue whatever today is
        long old = created(admin.post(F + "/invoices", "{\"customer\":\"RC-SH\",\"date\":\"2025-01-05\","
                + "\"dueDate\":\"2025-01-06\",\"lines\":[" + line("Old", "1", "10", "ZERO") + "]}")).get("id").asLong();
        ok(admin.post(F + "/invoices/" + old + "/post", null));
        String overdue = shell("finance:invoice-list --overdue --customer RC-SH");
        assertTrue(overdue, overdue.contains("INV-2025-") && !overdue.contains("INV-2027-"));
        assertTrue(ok(admin.get(F + "/invoices?overdue=true&customer=RC-SH")).get("total").asInt() == 1);
        String aging = shell("finance:aging --as-of 2025-06-30");
        assertTrue(aging, aging.contains("RC-SH") && aging.contains("10.00") && aging.contains("TOTAL"));
        assertTrue(ok(admin.get(F + "/customers/RC-SH/credit")).get("credit").get(0).get("amount").asText()
                .equals("50.00"));
        JsonNode verify = ok(admin.get(F + "/verify"));
        assertTrue(verify.toString(), verify.get("consistent").asBoolean());
    }

    /** Finance does not need the partners module: without it any customer code is taken, due after the default terms. */
    @Test
    public void withoutThePartnersModuleAnyCustomerCodeIsAccepted() throws Exception {
        Http admin = admin();
        String body = invoice("NO-PARTNER-1", "2027-05-03", line("Widget", "1", "10", "STD"));
        assertField(admin.post(F + "/invoices", body), "customer", "does not exist");
        Object ledgerBefore = ledgerServiceId();
        features.uninstallFeature("backoffice-partners", EnumSet.noneOf(FeaturesService.Option.class));
        try {
            JsonNode[] draft = new JsonNode[1];
            eventually(60_000, "an invoice for a code the absent partners module cannot check", () -> {
                Http.Reply reply = admin().post(F + "/invoices", body);
                draft[0] = reply.status() == 201 ? reply.json() : null;
                return draft[0] != null;
            });
            assertEquals("2027-06-02", draft[0].get("dueDate").asText());
            JsonNode posted = ok(admin().post(F + "/invoices/" + draft[0].get("id").asLong() + "/post", null));
            assertEquals("POSTED", posted.get("status").asText());
            created(admin().post(F + "/receipts", "{\"customer\":\"NO-PARTNER-1\",\"date\":\"2027-05-10\","
                    + "\"amount\":12.00,\"allocations\":[{\"invoice\":" + posted.get("id").asLong()
                    + ",\"amount\":12.00}]}"));
            assertEquals("PAID", ok(admin().get(F + "/invoices/" + posted.get("id").asLong())).get("status").asText());
        } finally {
            features.installFeature("backoffice-partners", EnumSet.noneOf(FeaturesService.Option.class));
        }
        // finance was never restarted (no refresh), and sees the partners module return by itself
        assertEquals("the ledger service of before", ledgerBefore, ledgerServiceId());
        eventually(60_000, "the partners module back", () -> admin().get("/api/partners?limit=1").status() == 200);
        eventually(60_000, "the customer check with the partners module back", () -> {
            Http.Reply reply = admin().post(F + "/invoices", body);
            assertTrue(reply.toString(), reply.status() != 201);
            return reply.status() == 422 && reply.body().contains("does not exist");
        });
        JsonNode verify = ok(admin().get(F + "/verify"));
        assertTrue(verify.toString(), verify.get("consistent").asBoolean());
    }
}
