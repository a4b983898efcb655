package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.ledger.LedgerCheck;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

/**
 * The finance module installed into the running server: chart of accounts, periods, journal, multi-currency,
 * idempotency, batches, reports (JSON and CSV), year-end close, the shell, concurrency and hot reinstall.
 */
@ExamReactorStrategy(PerSuite.class)
public class FinanceIT extends FinanceTestSupport {

    @Inject
    protected FeaturesService features;

    @Before
    public void installFinance() throws Exception {
        if (!features.isInstalled(features.getFeature("backoffice-finance"))) {
            features.installFeature("backoffice-finance", EnumSet.noneOf(FeaturesService.Option.class));
        }
        eventually(20_000, "finance REST", () -> admin().get(F + "/accounts").status() == 200);
        openYears("/accounts", 2025, 2026);
    }

    private static String entry(String date, String description, String... lines) {
        return "{\"date\":\"" + date + "\",\"description\":\"" + description + "\",\"post\":true,\"lines\":["
                + String.join(",", lines) + "]}";
    }

    private static String debit(String account, String amount) {
        return "{\"account\":\"" + account + "\",\"debit\":" + amount + "}";
    }

    private static String credit(String account, String amount) {
        return "{\"account\":\"" + account + "\",\"credit\":" + amount + "}";
    }

    private long entryCount() throws Exception {
        return admin().get(F + "/journal-entries?limit=1").json().get("total").asLong();
    }

    @Test
    public void defaultChartAndAccountMaintenance() throws Exception {
        Http admin = admin();
        JsonNode receivables = admin.get(F + "/accounts/1200").json();
        assertEquals("ASSET", receivables.get("type").asText());
        assertTrue(receivables.get("postable").asBoolean());
        assertEquals(200, http().as("admin").get(F + "/accounts?type=INCOME").status());

        String code = "47" + (System.nanoTime() % 100);
        Http.Reply created = admin.post(F + "/accounts", "{\"code\":\"" + code + "\",\"name\":\"Service revenue\","
                + "\"type\":\"INCOME\"}");
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.header("Location").endsWith("/api/finance/accounts/" + code));
        long version = created.json().get("version").asLong();
        Http.Reply blocked = admin.put(F + "/accounts/" + code, "{\"name\":\"Service revenue\",\"type\":\"INCOME\","
                + "\"active\":false,\"version\":" + version + "}");
        assertEquals(blocked.toString(), 200, blocked.status());
        assertFalse(blocked.json().get("active").asBoolean());
        assertProblem(admin.put(F + "/accounts/" + code, "{\"name\":\"X\",\"type\":\"INCOME\",\"version\":"
                + version + "}"), 409);
        assertProblem(admin.post(F + "/accounts", "{\"code\":\"" + code + "\",\"name\":\"Dup\",\"type\":\"INCOME\"}"),
                409);
        assertProblem(admin.post(F + "/accounts", "{\"code\":\"X1\",\"name\":\"Bad\",\"type\":\"REVENUE\"}"), 400);
        assertEquals(204, admin.send(F + "/accounts/" + code, "DELETE", null, (String) null).status());
        assertEquals(404, admin.get(F + "/accounts/" + code).status());

        // an account with postings cannot be deleted or become a parent
        assertEquals(201, admin.post(F + "/journal-entries", entry("2026-11-02", "Sale", debit("1200", "10.00"),
                credit("4000", "10.00"))).status());
        assertProblem(admin.send(F + "/accounts/1200", "DELETE", null, (String) null), 409);
        assertProblem(admin.post(F + "/accounts", "{\"code\":\"4001\",\"name\":\"Child\",\"type\":\"INCOME\","
                + "\"parent\":\"4000\"}"), 409);

        // a parent account takes no postings
        assertEquals(201, admin.post(F + "/accounts", "{\"code\":\"4500\",\"name\":\"Fees\",\"type\":\"INCOME\"}")
                .status());
        assertEquals(201, admin.post(F + "/accounts", "{\"code\":\"4510\",\"name\":\"Late fees\",\"type\":\"INCOME\","
                + "\"parent\":\"4500\"}").status());
        assertFalse(admin.get(F + "/accounts/4500").json().get("postable").asBoolean());
        Http.Reply toParent = admin.post(F + "/journal-entries", entry("2026-11-02", "Fee", debit("1200", "1.00"),
                credit("4500", "1.00")));
        assertProblem(toParent, 422);
        assertEquals("lines[1].account", toParent.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void csvImportCreatesAndUpdatesAllOrNothing() throws Exception {
        Http admin = admin();
        String csv = "code,name,type,parent,currency,active\r\n"
                + "8100,Interest income,INCOME,,,true\r\n"
                + "8200,\"Interest, bank charges\",EXPENSE,,,\r\n";
        Http.Reply imported = admin.send(F + "/accounts/import", "POST", "text/csv", csv);
        assertEquals(imported.toString(), 200, imported.status());
        assertEquals(2, imported.json().get("created").asInt() + imported.json().get("updated").asInt());
        assertEquals("Interest, bank charges", admin.get(F + "/accounts/8200").json().get("name").asText());

        Http.Reply bad = admin.send(F + "/accounts/import", "POST", "text/csv",
                "code,name,type,parent,currency,active\r\n8300,Ok,INCOME,,,\r\n8400,Bad,WRONG,,,\r\n");
        assertProblem(bad, 422);
        assertEquals("row 3.type", bad.json().get("errors").get(0).get("field").asText());
        assertEquals(404, admin.get(F + "/accounts/8300").status());
    }

    @Test
    public void postingUpdatesTrialBalanceAndIsAuditedAndAnnounced() throws Exception {
        Http admin = admin();
        String reference = "INV-" + UUID.randomUUID();
        Http.Reply posted = admin.post(F + "/journal-entries", "{\"date\":\"2026-11-03\",\"description\":\"Sale\","
                + "\"reference\":\"" + reference + "\",\"post\":true,\"lines\":[{\"account\":\"1200\",\"debit\":100.00,"
                + "\"partner\":\"ACME-1\",\"memo\":\"invoice\"},{\"account\":\"4000\",\"credit\":100.00}]}");
        assertEquals(posted.toString(), 201, posted.status());
        JsonNode entry = posted.json();
        assertEquals("POSTED", entry.get("status").asText());
        assertTrue(entry.get("number").asText().matches("JE-2026-\\d{6}"));
        assertEquals("ACME-1", entry.get("lines").get(0).get("partner").asText());
        long id = entry.get("id").asLong();
        assertEquals(reference, admin.get(F + "/journal-entries/" + id).json().get("reference").asText());

        JsonNode trial = admin.get(F + "/reports/trial-balance?period=2026-11").json();
        assertEquals(trial.get("totals").get("debit").decimalValue(), trial.get("totals").get("credit").decimalValue());
        assertTrue(trial.get("lines").toString().contains("\"account\":\"1200\""));
        Http.Reply csv = admin.get(F + "/reports/trial-balance?from=2026-11-01&to=2026-11-30", "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body(), csv.body().startsWith("account,name,type,opening,debit,credit,closing"));
        assertTrue(csv.body().contains("\r\nTOTAL,USD,"));

        JsonNode list = admin.get(F + "/journal-entries?account=1200&from=2026-11-03&to=2026-11-03&status=POSTED"
                + "&limit=500").json();
        assertTrue(list.toString().contains("\"id\":" + id));
        assertEquals(1, http().as("admin").get("/api/audit?module=finance&entity=JournalEntry&entityId=" + id)
                .json().get("total").asInt());
        eventually(5_000, "JOURNAL_ENTRY_POSTED", () -> admin.get("/api/events?topic=org/backoffice/finance/*"
                + "&limit=500").body().contains("\"key\":\"" + entry.get("number").asText() + "\""));
    }

    @Test
    public void badEntriesAreRefusedAndWriteNothing() throws Exception {
        Http admin = admin();
        admin.put(F + "/accounts/1400", "{\"name\":\"Inventory\",\"type\":\"ASSET\",\"active\":false,\"version\":"
                + admin.get(F + "/accounts/1400").json().get("version").asLong() + "}");
        admin.post(F + "/periods/2026-09/close", null);
        long before = entryCount();
        String[][] cases = {
            {entry("2026-11-05", "Unbalanced", debit("1200", "100.00"), credit("4000", "90.00")), "422", "lines"},
            {entry("2026-11-05", "One line", debit("1200", "100.00")), "422", "lines"},
            {entry("2026-11-05", "Unknown", debit("9999", "1.00"), credit("4000", "1.00")), "422", "lines[0].account"},
            {entry("2026-11-05", "Blocked", debit("1400", "1.00"), credit("4000", "1.00")), "422", "lines[0].account"},
            {entry("2026-09-05", "Closed period", debit("1200", "1.00"), credit("4000", "1.00")), "422", "date"},
            {entry("2031-01-05", "No period", debit("1200", "1.00"), credit("4000", "1.00")), "422", "date"},
            {entry("2026-11-05", "Negative", debit("1200", "-1.00"), credit("4000", "-1.00")), "422", "lines[0].debit"},
            {entry("2026-11-05", "Zero", debit("1200", "0"), credit("4000", "0")), "422", "lines[0].debit"},
            {entry("2026-11-05", "Decimals", debit("1200", "1.001"), credit("4000", "1.001")), "422",
                "lines[0].debit"},
            {entry("2026-11-05", "Currency", "{\"account\":\"1200\",\"debit\":1.00,\"currency\":\"ABC\"}",
                credit("4000", "1.00")), "422", "lines[0].currency"},
            {entry("2026-11-05", "No rate", "{\"account\":\"1200\",\"debit\":1.00,\"currency\":\"SEK\"}",
                credit("4000", "1.00")), "422", "lines[0].currency"},
            {entry("2026-11-05", "Both", "{\"account\":\"1200\",\"debit\":1.00,\"credit\":1.00}",
                credit("4000", "1.00")), "422", "lines[0]"},
            {entry("2026-13-05", "Bad date", debit("1200", "1.00"), credit("4000", "1.00")), "400", "date"},
            {entry("2026-11-05", "Unknown field", "{\"account\":\"1200\",\"debit\":1.00,\"vat\":1}",
                credit("4000", "1.00")), "400", "lines[0].vat"},
        };
        for (String[] c : cases) {
            Http.Reply reply = admin.post(F + "/journal-entries", c[0]);
            assertProblem(reply, Integer.parseInt(c[1]));
            JsonNode errors = reply.json().get("errors");
            assertTrue(c[0] + " -> " + reply, errors != null && errors.toString().contains("\"field\":\"" + c[2]
                    + "\""));
        }
        assertEquals("nothing written", before, entryCount());
        admin.post(F + "/periods/2026-09/reopen", null);
    }

    @Test
    public void foreignCurrencyLinesKeepOriginalAmountsAndRoundingGoesToItsAccount() throws Exception {
        Http admin = admin();
        assertEquals(201, admin.post(F + "/exchange-rates", "{\"currency\":\"EUR\",\"date\":\"2026-11-01\","
                + "\"rate\":1.1}").status());
        assertTrue(admin.get(F + "/exchange-rates?currency=EUR").body().contains("\"rate\":1.1"));
        Http.Reply posted = admin.post(F + "/journal-entries", entry("2026-11-10", "EUR sale",
                "{\"account\":\"1100\",\"debit\":10.01,\"currency\":\"EUR\"}",
                "{\"account\":\"1100\",\"debit\":10.01,\"currency\":\"EUR\"}", credit("4000", "22.03")));
        assertEquals(posted.toString(), 201, posted.status());
        JsonNode lines = posted.json().get("lines");
        assertEquals(4, lines.size());
        assertEquals("10.01", lines.get(0).get("debit").decimalValue().toPlainString());
        assertEquals("EUR", lines.get(0).get("currency").asText());
        assertEquals("11.01", lines.get(0).get("baseDebit").decimalValue().toPlainString());
        assertEquals("6900", lines.get(3).get("account").asText());
        assertEquals("0.01", lines.get(3).get("baseDebit").decimalValue().toPlainString());
        // beyond rounding the entry must balance
        assertProblem(admin.post(F + "/journal-entries", entry("2026-11-10", "EUR off",
                "{\"account\":\"1100\",\"debit\":10.00,\"currency\":\"EUR\"}", credit("4000", "12.00"))), 422);
    }

    @Test
    public void draftPostReverse() throws Exception {
        Http admin = admin();
        Http.Reply draft = admin.post(F + "/journal-entries", entry("2026-11-12", "Accrual", debit("6000", "500.00"),
                credit("2200", "500.00")).replace("\"post\":true", "\"post\":false"));
        assertEquals(201, draft.status());
        assertEquals("DRAFT", draft.json().get("status").asText());
        assertTrue(draft.json().get("number").isNull());
        long id = draft.json().get("id").asLong();
        assertProblem(admin.post(F + "/journal-entries/" + id + "/reverse", null), 422);

        JsonNode posted = admin.post(F + "/journal-entries/" + id + "/post", null).json();
        assertEquals("POSTED", posted.get("status").asText());
        assertProblem(admin.post(F + "/journal-entries/" + id + "/post", null), 409);

        Http.Reply reversal = admin.post(F + "/journal-entries/" + id + "/reverse", "{\"date\":\"2026-11-30\"}");
        assertEquals(reversal.toString(), 201, reversal.status());
        JsonNode reversed = reversal.json();
        assertEquals(id, reversed.get("reversalOf").asLong());
        assertEquals("6000", reversed.get("lines").get(0).get("account").asText());
        assertEquals("500.00", reversed.get("lines").get(0).get("credit").decimalValue().toPlainString());
        assertEquals("500.00", reversed.get("lines").get(1).get("debit").decimalValue().toPlainString());
        assertEquals(reversed.get("id").asLong(), admin.get(F + "/journal-entries/" + id).json().get("reversedBy")
                .asLong());
        assertProblem(admin.post(F + "/journal-entries/" + id + "/reverse", null), 409);
    }

    @Test
    public void periodsCloseAndReopen() throws Exception {
        Http admin = admin();
        JsonNode closed = admin.post(F + "/periods/2026-08/close", null).json();
        assertEquals("CLOSED", closed.get("status").asText());
        Http.Reply refused = admin.post(F + "/journal-entries", entry("2026-08-15", "Late", debit("1200", "1.00"),
                credit("4000", "1.00")));
        assertProblem(refused, 422);
        assertTrue(refused.json().get("errors").toString().contains("2026-08"));
        assertProblem(admin.post(F + "/periods/2026-08/close", null), 409);
        assertEquals("OPEN", admin.post(F + "/periods/2026-08/reopen", null).json().get("status").asText());
        assertEquals(201, admin.post(F + "/journal-entries", entry("2026-08-15", "Late", debit("1200", "1.00"),
                credit("4000", "1.00"))).status());
        assertEquals(12, admin.get(F + "/periods?year=2026").json().size());
        assertProblem(admin.post(F + "/periods/2026-99/close", null), 422);
        assertProblem(admin.post(F + "/periods/2040-01/close", null), 404);
    }

    @Test
    public void idempotencyKeyReturnsTheOriginalEntry() throws Exception {
        Http admin = admin();
        String key = UUID.randomUUID().toString();
        String body = entry("2026-11-14", "Idempotent", debit("1200", "42.00"), credit("4000", "42.00"));
        Http.Reply first = send(admin, body, key);
        Http.Reply again = send(admin, body, key);
        assertEquals(201, first.status());
        assertEquals(201, again.status());
        assertEquals(first.json().get("id").asLong(), again.json().get("id").asLong());
        Http.Reply different = send(admin, body.replace("42.00", "43.00"), key);
        assertProblem(different, 422);
        assertEquals("Idempotency-Key", different.json().get("errors").get(0).get("field").asText());
    }

    private static Http.Reply send(Http http, String body, String key) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + Integer.getInteger(HTTP_PORT_PROPERTY) + F + "/journal-entries"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Http.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers(), response.body());
    }

    @Test
    public void batchIsAllOrNothing() throws Exception {
        Http admin = admin();
        String ok = entry("2026-11-15", "Batch", debit("1200", "1.00"), credit("4000", "1.00"));
        Http.Reply batch = admin.post(F + "/journal-entries/batch", "{\"entries\":[" + ok + "," + ok + "," + ok + "]}");
        assertEquals(batch.toString(), 201, batch.status());
        assertEquals(3, batch.json().get("items").size());
        long before = entryCount();
        String bad = entry("2026-11-15", "Batch", debit("9999", "1.00"), credit("4000", "1.00"));
        Http.Reply refused = admin.post(F + "/journal-entries/batch", "{\"entries\":[" + ok + "," + bad + "]}");
        assertProblem(refused, 422);
        assertEquals("entries[1].lines[0].account", refused.json().get("errors").get(0).get("field").asText());
        assertEquals(before, entryCount());
    }

    @Test
    public void reportsAndYearEndClose() throws Exception {
        Http admin = admin();
        assertEquals(201, admin.post(F + "/journal-entries", entry("2025-06-10", "Sales 2025", debit("1100", "1000.00"),
                credit("4000", "1000.00"))).status());
        assertEquals(201, admin.post(F + "/journal-entries", entry("2025-06-20", "Salaries 2025",
                debit("6000", "400.00"), credit("1100", "400.00"))).status());

        JsonNode pnl = admin.get(F + "/reports/profit-and-loss?from=2025-01-01&to=2025-12-31").json();
        assertEquals("600.00", pnl.get("result").decimalValue().toPlainString());
        assertTrue(admin.get(F + "/reports/profit-and-loss?from=2025-01&to=2025-12", "text/csv").body()
                .contains("RESULT,,USD,600.00"));
        JsonNode gl = admin.get(F + "/reports/general-ledger?account=1100&from=2025-06-01&to=2025-06-30").json();
        assertEquals(2, gl.get("lines").size());
        assertEquals("600.00", gl.get("closing").decimalValue().subtract(gl.get("opening").decimalValue())
                .toPlainString());
        assertEquals(200, admin.get(F + "/reports/general-ledger?account=1100&period=2025-06", "text/csv").status());
        assertEquals("600.00", admin.get(F + "/reports/account-balance?account=1100&asOf=2025-06-30").json()
                .get("balance").decimalValue().toPlainString());

        Http.Reply close = admin.post(F + "/fiscal-years/2025/close", null);
        assertEquals(close.toString(), 200, close.status());
        assertEquals("2025-12-31", close.json().get("date").asText());
        assertProblem(admin.post(F + "/fiscal-years/2025/close", null), 422); // its periods are closed now
        assertProblem(admin.post(F + "/journal-entries", entry("2025-06-11", "Too late", debit("1100", "1.00"),
                credit("4000", "1.00"))), 422);

        // the closing entry is not performance: the year's result is still 600, and equity now holds it
        assertEquals("600.00", admin.get(F + "/reports/profit-and-loss?from=2025-01-01&to=2025-12-31").json()
                .get("result").decimalValue().toPlainString());
        JsonNode sheet = admin.get(F + "/reports/balance-sheet?asOf=2025-12-31").json();
        assertEquals(0, sheet.get("result").decimalValue().signum());
        BigDecimal assets = sheet.get("sections").get(0).get("total").decimalValue();
        BigDecimal liabilities = sheet.get("sections").get(1).get("total").decimalValue();
        BigDecimal equity = sheet.get("sections").get(2).get("total").decimalValue();
        assertEquals(0, assets.compareTo(liabilities.add(equity)));
        assertTrue(sheet.get("sections").get(2).toString().contains("\"account\":\"3200\""));
        assertTrue(admin.get(F + "/reports/balance-sheet?asOf=2026-11-30", "text/csv").body()
                .contains("CURRENT YEAR RESULT"));

        JsonNode verify = admin.get(F + "/verify").json();
        assertTrue(verify.toString(), verify.get("consistent").asBoolean());
    }

    @Inject
    @Filter(timeout = 120_000) // registered once its unit is up: on a busy machine, later than boot
    protected LedgerService ledger;

    @Inject
    @Filter(timeout = 120_000) // registered once its unit is up: on a busy machine, later than boot
    protected ReportService reports;

    @Test
    public void asynchronousPostingsCommitTogetherAndFailAlone() throws Exception {
        List<CompletableFuture<JournalEntry>> postings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            BigDecimal amount = BigDecimal.valueOf(100 + i, 2);
            postings.add(ledger.recordAsync(new JournalEntryDraft(LocalDate.of(2026, 11, 10), "async " + i, null, null,
                    null, true, List.of(JournalLineDraft.debit("1100", amount), JournalLineDraft.credit("4000", amount))))
                    .toCompletableFuture());
        }
        // refused by the database rules (no period in 1999): fails alone, the others commit
        CompletableFuture<JournalEntry> refused = ledger.recordAsync(new JournalEntryDraft(
                LocalDate.of(1999, 1, 4), "no period", null, null, null, true, List.of(
                        JournalLineDraft.debit("1100", BigDecimal.ONE), JournalLineDraft.credit("4000", BigDecimal.ONE))))
                .toCompletableFuture();
        Set<String> numbers = new HashSet<>();
        for (CompletableFuture<JournalEntry> posting : postings) {
            JournalEntry entry = posting.get(30, TimeUnit.SECONDS);
            assertEquals(EntryStatus.POSTED, entry.status());
            numbers.add(entry.number());
        }
        assertEquals(40, numbers.size());
        try {
            refused.get(30, TimeUnit.SECONDS);
            fail("an entry without a period was posted");
        } catch (ExecutionException expected) {
            assertTrue(expected.getCause().getMessage(), expected.getCause() instanceof ValidationFailedException);
        }
        // rules that need no database break the call itself (the in-container JUnit has no assertThrows)
        try {
            ledger.recordAsync(new JournalEntryDraft(LocalDate.of(2026, 11, 10), "one line", null, null, null, true,
                    List.of(JournalLineDraft.debit("1100", BigDecimal.ONE))));
            fail("a one-line entry was accepted");
        } catch (ValidationFailedException expected) {
            assertTrue(expected.errors().toString(), expected.errors().get(0).field().equals("lines"));
        }
        assertTrue(reports.verify().consistent());
    }

    @Test
    public void parallelPostingsKeepBalancesExact() throws Exception {
        List<String> accounts = List.of("1000", "1100", "1200", "1300");
        BigDecimal before = BigDecimal.ZERO;
        for (String account : accounts) {
            before = before.add(reports.accountBalance(account, LocalDate.of(2026, 12, 31)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<BigDecimal>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            results.add(pool.submit(() -> {
                Random random = new Random(seed);
                BigDecimal debited = BigDecimal.ZERO;
                for (int i = 0; i < 25; i++) {
                    List<String> order = new ArrayList<>(accounts);
                    Collections.shuffle(order, random);
                    BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(10_000), 2);
                    List<JournalLineDraft> lines = List.of(JournalLineDraft.debit(order.get(0), amount),
                            JournalLineDraft.debit(order.get(1), amount),
                            JournalLineDraft.credit(order.get(2), amount),
                            JournalLineDraft.credit(order.get(3), amount));
                    ledger.record(new JournalEntryDraft(LocalDate.of(2026, 11, 20), "parallel " + seed, null, null,
                            null, true, lines));
                    debited = debited.add(amount);
                }
                return debited;
            }));
        }
        for (Future<BigDecimal> result : results) {
            assertNotEquals(null, result.get());
        }
        pool.shutdown();
        BigDecimal after = BigDecimal.ZERO;
        for (String account : accounts) {
            after = after.add(reports.accountBalance(account, LocalDate.of(2026, 12, 31)));
        }
        assertEquals("debits and credits of the parallel entries cancel out", 0, before.compareTo(after));
        LedgerCheck check = reports.verify();
        assertTrue(check.differences().toString(), check.consistent());
    }

    @Test
    public void shellCommands() throws Exception {
        String code = "9" + (100 + new Random().nextInt(800));
        assertTrue(shell("finance:account-add " + code + " \"Shell account\" EXPENSE").contains("added"));
        String list = shell("finance:account-list --type EXPENSE");
        assertTrue(list, list.contains(code) && list.contains("Shell account"));
        String posted = shell("finance:journal-post -d 2026-11-21 \"Shell entry\" " + code + ":D:12.50 1100:C:12.50");
        assertTrue(posted, posted.contains("JE-2026-") && posted.contains("POSTED"));
        String journal = shell("finance:journal-list --account " + code);
        assertTrue(journal, journal.contains("Shell entry") && journal.contains("12.50"));
        String trial = shell("finance:trial-balance --period 2026-11");
        assertTrue(trial, trial.contains(code) && trial.contains("TOTAL"));
        assertTrue(shell("finance:period-close 2026-07").contains("CLOSED"));
        assertTrue(shell("finance:period-close --reopen 2026-07").contains("OPEN"));
        assertTrue(shell("finance:verify").startsWith("Consistent"));
        String pnl = shell("finance:profit-and-loss --from 2026-11-01 --to 2026-11-30");
        assertTrue(pnl, pnl.contains("RESULT") && pnl.contains(code));
        String sheet = shell("finance:balance-sheet --as-of 2026-11-30");
        assertTrue(sheet, sheet.contains("ASSET") && sheet.contains("CURRENT YEAR RESULT"));
        String gl = shell("finance:general-ledger --from 2026-11-01 --to 2026-11-30 " + code);
        assertTrue(gl, gl.contains("Shell entry") && gl.contains("closing balance 12.50"));
        String asked = shell("finance:journal-post", "Interactive entry\n2026-11-22\nREF-9\n" + code
                + ":D:7.25\n4000:X:1\n1100:C:7.25\n\ny\n");
        assertTrue(asked, asked.contains("difference 7.25") && asked.contains("try again") && asked.contains("balanced")
                && asked.contains("JE-2026-") && asked.contains("POSTED"));
        String declined = shell("finance:journal-post", "Declined entry\n\n\n" + code + ":D:1.00\n1100:C:1.00\n\nn\n");
        assertTrue(declined, declined.contains("Nothing posted."));
        String interactiveJournal = shell("finance:journal-list --account " + code);
        assertTrue(interactiveJournal, interactiveJournal.contains("Interactive entry")
                && !interactiveJournal.contains("Declined entry"));
        String year = shell("finance:year-open 2027");
        assertTrue(year, year.contains("Fiscal year 2027 open: 2027-01 to 2027-12"));
    }
}
