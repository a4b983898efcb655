package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Dunning end to end over REST and the shell: overdue invoices of several customers at various ages, a preview that
 * saves nothing, a run (notices, levels, fees in the ledger, events, audit), a second run on the same day issuing
 * nothing, a later run escalating, explicit levels refused when already issued, the letters as JSON, text and HTML,
 * and the level rules. Invoices live in 2029 and customers are {@code DN-*}; the level tests leave the three default
 * levels as they found them, so the tests do not depend on their order.
 */
@ExamReactorStrategy(PerSuite.class)
public class DunningIT extends FinanceTestSupport {

    private static final String TOPIC = "org/backoffice/finance/DUNNING_NOTICE_ISSUED";

    @Before
    public void openYear() throws Exception {
        openYears("/dunning-levels", 2029);
    }

    private static void customer(String code) throws Exception {
        partner(code, "Customer " + code, "CUSTOMER", 30);
    }

    /** A posted invoice of {@code amount} (no tax) dated a week before it is due. */
    private static long postedInvoice(String customer, String due, String amount) throws Exception {
        return postedInvoice(customer, due, amount, "USD");
    }

    private static long postedInvoice(String customer, String due, String amount, String currency) throws Exception {
        String date = java.time.LocalDate.parse(due).minusDays(7).toString();
        long id = created(admin().post(F + "/invoices", "{\"customer\":\"" + customer + "\",\"date\":\"" + date
                + "\",\"currency\":\"" + currency + "\",\"dueDate\":\"" + due
                + "\",\"lines\":[{\"description\":\"Service\",\"quantity\":1,"
                + "\"unitPrice\":" + amount + ",\"taxCode\":\"ZERO\"}]}")).get("id").asLong();
        ok(admin().post(F + "/invoices/" + id + "/post", null));
        return id;
    }

    private static JsonNode notice(JsonNode notices, String customer) {
        for (JsonNode n : notices) {
            if (n.get("customer").asText().equals(customer)) {
                return n;
            }
        }
        throw new AssertionError("no notice for " + customer + " in " + notices);
    }

    private static List<String> customers(JsonNode notices) {
        List<String> found = new ArrayList<>();
        notices.forEach(n -> found.add(n.get("customer").asText()));
        return found;
    }

    private static long total(String path) throws Exception {
        return ok(admin().get(path + (path.contains("?") ? "&" : "?") + "limit=1")).get("total").asLong();
    }

    @Test
    public void runsIssueEachLevelOncePerInvoiceAndPostTheFees() throws Exception {
        Http admin = admin();
        for (String c : List.of("DN-A", "DN-B", "DN-C", "DN-D")) {
            customer(c);
        }
        long a1 = postedInvoice("DN-A", "2029-01-10", "100.00"); // 50 days late on 03-01: straight to level 3
        long a2 = postedInvoice("DN-A", "2029-02-20", "50.00");  // 9 days: level 1
        long b1 = postedInvoice("DN-B", "2029-02-05", "30.00");  // 24 days: level 2
        long c1 = postedInvoice("DN-C", "2029-02-25", "80.00");  // 4 days: nothing yet
        long d1 = postedInvoice("DN-D", "2029-01-15", "60.00");  // paid: never dunned
        created(admin.post(F + "/receipts", "{\"customer\":\"DN-D\",\"date\":\"2029-01-20\",\"amount\":60.00,"
                + "\"allocations\":[{\"invoice\":" + d1 + ",\"amount\":60.00}]}"));
        created(admin.post(F + "/receipts", "{\"customer\":\"DN-A\",\"date\":\"2029-02-25\",\"amount\":20.00,"
                + "\"allocations\":[{\"invoice\":" + a2 + ",\"amount\":20.00}]}")); // a2 partly paid: 30.00 open
        created(admin.post(F + "/invoices", "{\"customer\":\"DN-B\",\"date\":\"2029-01-01\",\"dueDate\":"
                + "\"2029-01-02\",\"lines\":[{\"description\":\"Draft\",\"quantity\":1,\"unitPrice\":5,"
                + "\"taxCode\":\"ZERO\"}]}")); // a draft is never dunned

        // preview: the would-be notices, nothing saved
        long runsBefore = total(F + "/dunning-runs");
        long noticesBefore = total(F + "/dunning-notices");
        long entriesBefore = total(F + "/journal-entries");
        JsonNode preview = ok(admin.post(F + "/dunning-runs", "{\"date\":\"2029-03-01\",\"preview\":true}"));
        assertTrue(preview.get("preview").asBoolean());
        assertTrue(preview.get("run").isNull());
        assertEquals(List.of("DN-A", "DN-B"), customers(preview.get("notices")));
        assertTrue(notice(preview.get("notices"), "DN-A").get("number").isNull());
        assertEquals(runsBefore, total(F + "/dunning-runs"));
        assertEquals(noticesBefore, total(F + "/dunning-notices"));
        assertEquals(entriesBefore, total(F + "/journal-entries"));

        // the run
        Http.Reply runReply = admin.post(F + "/dunning-runs", "{\"date\":\"2029-03-01\"}");
        JsonNode run = created(runReply);
        assertFalse(run.get("preview").asBoolean());
        long runId = run.get("run").get("id").asLong();
        assertTrue(runReply.header("Location").endsWith("/api/finance/dunning-runs/" + runId));
        assertEquals(2, run.get("run").get("notices").asInt());
        assertEquals(3, run.get("run").get("invoices").asInt());
        assertEquals("35.00", run.get("run").get("totalFees").asText());
        JsonNode a = notice(run.get("notices"), "DN-A");
        assertEquals(3, a.get("level").asInt());
        assertEquals("Final demand", a.get("levelName").asText());
        assertEquals("25.00", a.get("fee").asText());
        assertEquals("130.00", a.get("total").asText());
        assertEquals(2, a.get("invoices").size());
        assertEquals(a1, a.get("invoices").get(0).get("invoice").asLong());
        assertEquals(3, a.get("invoices").get(0).get("level").asInt());
        assertEquals(50, a.get("invoices").get(0).get("daysOverdue").asInt());
        assertEquals(1, a.get("invoices").get(1).get("level").asInt());
        assertEquals("30.00", a.get("invoices").get(1).get("open").asText());
        JsonNode b = notice(run.get("notices"), "DN-B");
        assertEquals(2, b.get("level").asInt());
        assertEquals("10.00", b.get("fee").asText());
        assertEquals(b1, b.get("invoices").get(0).get("invoice").asLong());
        String numberA = a.get("number").asText();
        String numberB = b.get("number").asText();
        assertTrue(numberA, numberA.matches("DUN-2029-\\d{6}"));
        assertEquals(Math.abs(Long.parseLong(numberA.substring(9)) - Long.parseLong(numberB.substring(9))), 1);
        assertEquals(runsBefore + 1, total(F + "/dunning-runs"));
        assertEquals(2, ok(admin.get(F + "/dunning-runs/" + runId)).get("notices").asInt());
        assertEquals(2, total(F + "/dunning-notices?run=" + runId));

        // each fee is an invoice of its own, due on the notice's date: an open item of the customer (aging,
        // receipts, bank matching), posted as receivables of the customer / other income
        JsonNode feeInvoice = ok(admin.get(F + "/invoices/" + a.get("feeInvoice").asLong()));
        assertEquals("POSTED", feeInvoice.get("status").asText());
        assertEquals("DN-A", feeInvoice.get("customer").asText());
        assertEquals(numberA, feeInvoice.get("reference").asText());
        assertEquals("25.00", feeInvoice.get("gross").asText());
        assertEquals("25.00", feeInvoice.get("open").asText());
        assertEquals("2029-03-01", feeInvoice.get("dueDate").asText());
        assertEquals(a.get("journalEntry").asLong(), feeInvoice.get("journalEntry").asLong());
        assertEquals("10.00", ok(admin.get(F + "/invoices/" + b.get("feeInvoice").asLong())).get("gross").asText());
        JsonNode aging = ok(admin.get(F + "/receivables/aging?asOf=2029-03-01"));
        BigDecimal agedA = BigDecimal.ZERO;
        for (JsonNode row : aging.get("items")) {
            if (row.get("partner").asText().equals("DN-A")) {
                agedA = new BigDecimal(row.get("total").asText());
            }
        }
        assertEquals(aging.toString(), 0, new BigDecimal("155.00").compareTo(agedA)); // 130.00 dunned + the fee
        JsonNode fee = ok(admin.get(F + "/journal-entries/" + a.get("journalEntry").asLong()));
        assertEquals(feeInvoice.get("number").asText(), fee.get("sourceDocument").asText());
        assertEquals("POSTED", fee.get("status").asText());
        for (JsonNode line : fee.get("lines")) {
            if (line.get("account").asText().equals("1200")) {
                assertEquals("25.00", line.get("debit").asText());
                assertEquals("DN-A", line.get("partner").asText());
            } else {
                assertEquals("4900", line.get("account").asText());
                assertEquals("25.00", line.get("credit").asText());
            }
        }
        assertEquals(entriesBefore + 2, total(F + "/journal-entries"));
        assertTrue(ok(admin.get(F + "/verify")).get("consistent").asBoolean());

        // announced and audited
        eventually(5_000, "DUNNING_NOTICE_ISSUED events", () -> {
            String events = admin.get("/api/events?topic=" + TOPIC + "&limit=500").body();
            return events.contains("\"key\":\"" + numberA + "\"") && events.contains("\"key\":\"" + numberB + "\"");
        });
        assertEquals(1, ok(admin.get("/api/audit?module=finance&entity=DunningNotice&entityId="
                + a.get("id").asLong())).get("total").asInt());
        assertEquals(1, ok(admin.get("/api/audit?module=finance&entity=DunningRun&entityId=" + runId))
                .get("total").asInt());

        // the same day again: nothing new
        JsonNode again = ok(admin.post(F + "/dunning-runs", "{\"date\":\"2029-03-01\"}"));
        assertTrue(again.get("run").isNull());
        assertEquals(0, again.get("notices").size());
        assertEquals(runsBefore + 1, total(F + "/dunning-runs"));

        // a level is never issued twice, not even explicitly; unknown or not overdue invoices are named
        assertProblem(admin.post(F + "/dunning-runs", "{\"date\":\"2029-03-02\",\"invoices\":[" + a1
                + "],\"level\":3}"), 409);
        assertProblem(admin.post(F + "/dunning-runs", "{\"date\":\"2029-03-02\",\"invoices\":[" + b1
                + "],\"level\":1}"), 409);
        assertField(admin.post(F + "/dunning-runs", "{\"date\":\"2029-02-01\",\"invoices\":[" + c1
                + "],\"level\":1}"), "invoices", "overdue on 2029-02-01");
        assertField(admin.post(F + "/dunning-runs", "{\"date\":\"2029-03-02\",\"level\":1}"), "invoices",
                "name the invoices");
        assertField(admin.post(F + "/dunning-runs", "{\"date\":\"2029-03-02\",\"invoices\":[" + c1
                + "],\"level\":9}"), "level", "does not exist");
        assertEquals(runsBefore + 1, total(F + "/dunning-runs"));

        // a used level cannot be deleted
        assertProblem(admin.send(F + "/dunning-levels/3", "DELETE", null, (String) null), 409);
        assertProblem(admin.send(F + "/dunning-levels/1", "DELETE", null, (String) null), 409);
        assertEquals(3, ok(admin.get(F + "/dunning-levels")).size());

        // later, through the shell: a2 escalates to level 2, c1 gets level 2 directly, b1 and a1 have nothing new
        String shellPreview = shell("finance:dunning-run --date 2029-03-20 --preview");
        assertTrue(shellPreview, shellPreview.contains("DN-A") && shellPreview.contains("DN-C")
                && !shellPreview.contains("DN-B") && shellPreview.contains("2 notices would be issued"));
        assertEquals(runsBefore + 1, total(F + "/dunning-runs"));
        String later = shell("finance:dunning-run --date 2029-03-20");
        assertTrue(later, later.contains("DN-A") && later.contains("DN-C") && later.contains("2 Second notice")
                && later.contains("2 notices, 2 invoices, fees 20.00 USD"));
        JsonNode notices = ok(admin.get(F + "/dunning-notices?customer=DN-A"));
        assertEquals(2, notices.get("total").asInt());
        JsonNode newest = notices.get("items").get(0);
        assertEquals(2, newest.get("level").asInt());
        assertEquals(1, newest.get("invoices").size());
        assertEquals(a2, newest.get("invoices").get(0).get("invoice").asLong());
        assertEquals(28, newest.get("invoices").get(0).get("daysOverdue").asInt());
        String listed = shell("finance:dunning-notices --customer DN-A");
        assertTrue(listed, listed.contains(numberA) && listed.contains("Final demand") && listed.contains("2 of 2"));
        assertTrue(shell("finance:dunning-levels").contains("Second notice"));

        // the letter: JSON, text, HTML
        long idA = a.get("id").asLong();
        assertEquals(numberA, ok(admin.get(F + "/dunning-notices/" + idA)).get("number").asText());
        Http.Reply text = admin.get(F + "/dunning-notices/" + idA, "text/plain");
        assertEquals(text.toString(), 200, text.status());
        assertTrue(text.contentType(), text.contentType().startsWith("text/plain"));
        assertTrue(text.body(), text.body().startsWith("Dear DN-A,") && text.body().contains("2029-03-01")
                && text.body().contains("130.00 USD") && text.body().contains("25.00 USD")
                && text.body().contains("Final demand") && text.body().contains("Days overdue"));
        String invoiceNumber = ok(admin.get(F + "/invoices/" + a1)).get("number").asText();
        assertTrue(text.body(), text.body().lines().anyMatch(l -> l.startsWith(invoiceNumber)
                && l.contains("2029-01-10") && l.contains("50") && l.endsWith("100.00")));
        Http.Reply html = admin.get(F + "/dunning-notices/" + idA, "text/html");
        assertEquals(html.toString(), 200, html.status());
        assertTrue(html.contentType(), html.contentType().startsWith("text/html"));
        assertTrue(html.body(), html.body().startsWith("<!DOCTYPE html>") && html.body().contains("<table")
                && html.body().contains("<td>" + invoiceNumber + "</td>") && !html.body().contains("{"));
        assertProblem(admin.get(F + "/dunning-notices/999999"), 404);
        assertProblem(admin.get(F + "/dunning-runs/999999"), 404);
        assertEquals(403, http().as("viewer").post(F + "/dunning-runs", "{\"preview\":true}").status());
    }

    @Test
    public void invoicesInAnotherCurrencyGetANoticeInThatCurrencyWithTheFeeConverted() throws Exception {
        Http admin = admin();
        customer("DN-E");
        int rate = admin.post(F + "/exchange-rates", "{\"currency\":\"EUR\",\"date\":\"2029-01-01\","
                + "\"rate\":1.25}").status();
        assertTrue("EUR rate: " + rate, rate == 201 || rate == 200 || rate == 409);
        long e1 = postedInvoice("DN-E", "2029-05-01", "100.00", "EUR");
        long e2 = postedInvoice("DN-E", "2029-05-20", "50.00", "EUR");
        long u1 = postedInvoice("DN-E", "2029-05-10", "30.00", "USD");
        JsonNode run = created(admin.post(F + "/dunning-runs", "{\"date\":\"2029-06-30\",\"invoices\":[" + e1
                + "," + e2 + "," + u1 + "],\"level\":2}"));
        assertEquals(run.toString(), 2, run.get("notices").size());
        assertEquals("20.00", run.get("run").get("totalFees").asText()); // two level-2 fees, in the base currency
        JsonNode eur = null;
        JsonNode usd = null;
        for (JsonNode n : run.get("notices")) {
            if (n.get("currency").asText().equals("EUR")) {
                eur = n;
            } else {
                usd = n;
            }
        }
        assertTrue(run.toString(), eur != null && usd != null);
        assertEquals("150.00", eur.get("total").asText());
        assertEquals(2, eur.get("invoices").size());
        assertEquals("8.00", eur.get("fee").asText()); // 10.00 USD at 1.25 USD per EUR
        JsonNode eurFee = ok(admin.get(F + "/invoices/" + eur.get("feeInvoice").asLong()));
        assertEquals("EUR", eurFee.get("currency").asText());
        assertEquals("8.00", eurFee.get("gross").asText());
        assertEquals(eur.get("number").asText(), eurFee.get("reference").asText());
        assertEquals("30.00", usd.get("total").asText());
        assertEquals("10.00", usd.get("fee").asText());
        assertEquals("USD", ok(admin.get(F + "/invoices/" + usd.get("feeInvoice").asLong())).get("currency")
                .asText());
        String letter = admin.get(F + "/dunning-notices/" + eur.get("id").asLong(), "text/plain").body();
        assertTrue(letter, letter.contains("150.00") && letter.contains("EUR"));
        assertTrue(ok(admin.get(F + "/verify")).get("consistent").asBoolean());
    }

    @Test
    public void levelsAreValidatedAndVersionedAndNothingIsWrittenOnBadInput() throws Exception {
        Http admin = admin();
        JsonNode levels = ok(admin.get(F + "/dunning-levels"));
        assertEquals(3, levels.size());
        assertEquals("Payment reminder", levels.get(0).get("name").asText());
        assertEquals(7, levels.get(0).get("daysOverdue").asInt());
        assertEquals("0.00", levels.get(0).get("fee").asText());
        assertEquals("USD", levels.get(0).get("currency").asText());
        assertEquals(21, levels.get(1).get("daysOverdue").asInt());
        assertEquals("10.00", levels.get(1).get("fee").asText());
        assertEquals(45, levels.get(2).get("daysOverdue").asInt());
        assertEquals("25.00", levels.get(2).get("fee").asText());

        assertField(admin.post(F + "/dunning-levels", "{\"level\":4,\"name\":\"Lawyer\",\"daysOverdue\":90,"
                + "\"fee\":50,\"text\":\"Dear {customer}, pay {amount} to {iban}\"}"), "text", "{amount}, {iban}");
        assertField(admin.post(F + "/dunning-levels", "{\"level\":4,\"name\":\"Lawyer\",\"daysOverdue\":45,"
                + "\"fee\":50,\"text\":\"x\"}"), "daysOverdue", "more than the 45 days of level 3");
        assertField(admin.post(F + "/dunning-levels", "{\"level\":4,\"name\":\"Lawyer\",\"daysOverdue\":90,"
                + "\"fee\":-1,\"text\":\"x\"}"), "fee", "zero or more");
        assertField(admin.post(F + "/dunning-levels", "{\"level\":4,\"name\":\"Lawyer\",\"daysOverdue\":90,"
                + "\"fee\":1,\"currency\":\"EUR\",\"text\":\"x\"}"), "currency", "base currency");
        assertProblem(admin.post(F + "/dunning-levels", "{\"level\":1,\"name\":\"Again\",\"daysOverdue\":3,"
                + "\"fee\":0,\"text\":\"x\"}"), 409);
        assertProblem(admin.post(F + "/dunning-levels", "{\"level\":4,\"name\":\"L\",\"daysOverdue\":90,"
                + "\"fee\":1,\"text\":\"x\",\"color\":\"red\"}"), 400);
        assertEquals(levels, ok(admin.get(F + "/dunning-levels")));

        Http.Reply createdReply = admin.post(F + "/dunning-levels", "{\"level\":4,\"name\":\"Lawyer\","
                + "\"daysOverdue\":400,\"fee\":50,\"text\":\"{customer}: {invoices} {total} {currency}\"}");
        JsonNode created = created(createdReply);
        assertTrue(createdReply.header("Location").endsWith("/api/finance/dunning-levels/4"));
        assertEquals("50.00", created.get("fee").asText());
        long version = created.get("version").asLong();
        try {
            JsonNode updated = ok(admin.put(F + "/dunning-levels/4", "{\"name\":\"Collection agency\","
                    + "\"daysOverdue\":365,\"fee\":40.5,\"text\":\"{customer} {fee}\",\"version\":" + version + "}"));
            assertEquals("40.50", updated.get("fee").asText());
            assertEquals(365, updated.get("daysOverdue").asInt());
            assertTrue(updated.get("version").asLong() > version);
            assertProblem(admin.put(F + "/dunning-levels/4", "{\"name\":\"Stale\",\"daysOverdue\":365,\"fee\":1,"
                    + "\"text\":\"x\",\"version\":" + version + "}"), 409);
            assertField(admin.put(F + "/dunning-levels/4", "{\"name\":\"X\",\"daysOverdue\":365,\"fee\":1,"
                    + "\"text\":\"{nope}\",\"version\":" + updated.get("version").asLong() + "}"), "text", "{nope}");
            assertField(admin.put(F + "/dunning-levels/4", "{\"name\":\"X\",\"daysOverdue\":10,\"fee\":1,"
                    + "\"text\":\"x\",\"version\":" + updated.get("version").asLong() + "}"), "daysOverdue",
                    "more than");
            assertField(admin.put(F + "/dunning-levels/4", "{\"name\":\"X\",\"daysOverdue\":400,\"fee\":1,"
                    + "\"text\":\"x\"}"), "version", "required");
            assertProblem(admin.put(F + "/dunning-levels/9", "{\"name\":\"X\",\"daysOverdue\":400,\"fee\":1,"
                    + "\"text\":\"x\",\"version\":0}"), 404);
            JsonNode stored = ok(admin.get(F + "/dunning-levels")).get(3);
            assertEquals("Collection agency", stored.get("name").asText());
            assertEquals("{customer} {fee}", stored.get("text").asText());
            String trail = ok(admin.get("/api/audit?module=finance&entity=DunningLevel&entityId=4")).toString();
            assertTrue(trail, trail.contains("\"action\":\"CREATE\"") && trail.contains("\"action\":\"UPDATE\""));
            String table = shell("finance:dunning-levels");
            assertTrue(table, table.contains("Collection agency") && table.contains("40.50"));
            assertEquals(403, http().as("viewer").post(F + "/dunning-levels", "{}").status());
        } finally {
            assertEquals(204, admin.send(F + "/dunning-levels/4", "DELETE", null, (String) null).status());
        }
        assertProblem(admin.send(F + "/dunning-levels/4", "DELETE", null, (String) null), 404);
        assertEquals(levels, ok(admin.get(F + "/dunning-levels")));
        assertTrue(ok(admin.get("/api/audit?module=finance&entity=DunningLevel&entityId=4")).toString()
                .contains("\"action\":\"DELETE\""));
    }
}
