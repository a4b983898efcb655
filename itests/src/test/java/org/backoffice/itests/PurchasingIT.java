package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Purchasing, goods receipts, cycle counts, reorder rules and replenishment on a server with logistics and partners,
 * with an over-receipt tolerance of 10 %: what a user sees over REST and in the shell, and that refusals write nothing.
 */
public class PurchasingIT extends LogisticsTestSupport {

    private static final String PO = L + "/purchase-orders";

    @Override
    @Configuration
    public Option[] configuration() throws java.io.IOException {
        List<Option> options = logisticsOptions();
        options.add(editConfigurationFilePut("etc/org.backoffice.logistics.cfg", "overReceiptTolerancePercent", "10"));
        return options.toArray(new Option[0]);
    }

    @Before
    public void installLogistics() throws Exception {
        logisticsReady(PO);
    }

    private static String order(String supplier, String warehouse, String... lines) {
        StringBuilder json = new StringBuilder("{\"supplier\":\"" + supplier + "\",\"warehouse\":\"" + warehouse
                + "\",\"expectedDate\":\"2026-12-01\",\"currency\":\"EUR\",\"lines\":[");
        for (int i = 0; i < lines.length; i += 3) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(lines[i]).append("\",\"quantity\":")
                    .append(lines[i + 1]).append(",\"unitPrice\":").append(lines[i + 2]).append('}');
        }
        return json.append("]}").toString();
    }

    private static String receipt(String reference, String... lines) {
        StringBuilder json = new StringBuilder("{\"reference\":\"" + reference + "\",\"lines\":[");
        for (int i = 0; i < lines.length; i += 3) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(lines[i]).append("\",\"quantity\":")
                    .append(lines[i + 1]).append(lines[i + 2] == null ? "" : ",\"location\":\"" + lines[i + 2] + "\"")
                    .append('}');
        }
        return json.append("]}").toString();
    }

    private static List<JsonNode> events(String topic, String key) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode event : http().as("admin").get("/api/events?topic=org/backoffice/logistics/" + topic
                + "&limit=500").json().get("items")) {
            if (event.get("key").asText().equals(key)) {
                found.add(event);
            }
        }
        return found;
    }

    /** Runs a console command that must fail; returns what it printed (stdout and stderr) and the error. */
    private String refusedShell(String command) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = sessionFactory.create(
                new java.io.ByteArrayInputStream(new byte[0]), out, out);
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("admin"));
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));
        try {
            javax.security.auth.Subject.doAs(subject,
                    (java.security.PrivilegedExceptionAction<Object>) () -> session.execute(command));
            throw new AssertionError("'" + command + "' should have failed but printed " + bytes);
        } catch (java.security.PrivilegedActionException e) {
            return bytes.toString(java.nio.charset.StandardCharsets.UTF_8) + " / " + e.getCause();
        } catch (RuntimeException e) {
            return bytes.toString(java.nio.charset.StandardCharsets.UTF_8) + " / " + e;
        } finally {
            session.close();
        }
    }

    private static String field(Http.Reply reply, int index) throws Exception {
        return reply.json().get("errors").get(index).get("field").asText();
    }

    private static String message(Http.Reply reply, int index) throws Exception {
        return reply.json().get("errors").get(index).get("message").asText();
    }

    @Test
    public void purchaseOrderIsSentReceivedInPartsAndAnnounced() throws Exception {
        String supplier = unique("SUP-");
        String pen = unique("PEN-");
        String flour = unique("FLOUR-");
        String w = unique("P");
        createPartner(supplier, "\"SUPPLIER\"");
        createProduct(pen, "PCE");
        createProduct(flour, "KG");
        createWarehouse(w, w + "-A1");

        JsonNode po = created(manager().post(PO, order(supplier, w, pen, "10", "2.50", flour, "2.500", "4.99")));
        long id = po.get("id").asLong();
        String number = po.get("number").asText();
        assertTrue(number, number.matches("PO-\\d{4}-\\d{6}"));
        assertEquals("DRAFT", po.get("status").asText());
        // 10 × 2.50 + 2.5 × 4.99 (12.475 → 12.48)
        assertEquals("37.48", po.get("total").decimalValue().toPlainString());
        assertEquals("2.500", po.get("lines").get(1).get("open").decimalValue().toPlainString());
        JsonNode next = created(manager().post(PO, order(supplier, w, pen, "1", "1.00")));
        long seq = Long.parseLong(number.substring(8));
        assertTrue(next.get("number").asText() + " after " + number,
                Long.parseLong(next.get("number").asText().substring(8)) > seq);

        assertProblem(manager().post(PO + "/" + id + "/receipts", receipt("DN-0", pen, "1", null)), 409);
        assertEquals("SENT", ok(manager().post(PO + "/" + id + "/send", null)).get("status").asText());
        assertProblem(manager().post(PO + "/" + id + "/send", null), 409);

        JsonNode first = created(manager().post(PO + "/" + id + "/receipts", receipt("DN-1", pen, "4", null)));
        assertEquals("10.00", first.get("total").decimalValue().toPlainString());
        assertEquals(w + "-RECV", first.get("lines").get(0).get("location").asText());
        assertEquals("4", onHand(pen, w, w + "-RECV").toPlainString());
        JsonNode partial = ok(manager().get(PO + "/" + id));
        assertEquals("PARTIALLY_RECEIVED", partial.get("status").asText());
        assertEquals("6", partial.get("lines").get(0).get("open").decimalValue().toPlainString());

        // 4 + 8 = 12 exceeds 10 + 10 %: refused naming the line and its open quantity; nothing changes
        long moves = moveCount();
        Http.Reply over = manager().post(PO + "/" + id + "/receipts", receipt("DN-2", flour, "1.000", null, pen, "8",
                null));
        assertProblem(over, 422);
        assertEquals("lines[1].quantity", field(over, 0));
        assertTrue(message(over, 0), message(over, 0).contains("line 1 of " + number)
                && message(over, 0).contains("6 PCE open") && message(over, 0).contains("at most 7"));
        assertEquals(moves, moveCount());
        assertEquals("4", onHand(pen, w, w + "-RECV").toPlainString());
        assertEquals(BigDecimal.ZERO, onHand(flour, w, w + "-RECV"));
        assertEquals(1, ok(manager().get(PO + "/" + id + "/receipts")).size());
        assertEquals("PARTIALLY_RECEIVED", ok(manager().get(PO + "/" + id)).get("status").asText());

        // within the tolerance: 7 more pieces (11 of 10) and the flour to a shelf
        JsonNode second = created(manager().post(PO + "/" + id + "/receipts", receipt("DN-3", pen, "7", null, flour,
                "2.5", w + "-A1")));
        assertEquals("29.98", second.get("total").decimalValue().toPlainString()); // 17.50 + 12.48
        assertEquals("11", onHand(pen, w, w + "-RECV").toPlainString());
        assertEquals("2.500", onHand(flour, w, w + "-A1").toPlainString());
        JsonNode received = ok(manager().get(PO + "/" + id));
        assertEquals("RECEIVED", received.get("status").asText());
        assertEquals("11", received.get("lines").get(0).get("received").decimalValue().toPlainString());
        assertEquals("0", received.get("lines").get(0).get("open").decimalValue().toPlainString());
        assertProblem(manager().post(PO + "/" + id + "/receipts", receipt("DN-4", pen, "1", null)), 409);
        assertProblem(manager().post(PO + "/" + id + "/close", null), 409);
        assertEquals(2, ok(manager().get(PO + "/" + id + "/receipts")).size());

        // GOODS_RECEIVED per receipt, with lines and total
        eventually(5_000, "GOODS_RECEIVED events", () -> events("GOODS_RECEIVED", number).size() == 2);
        JsonNode event = events("GOODS_RECEIVED", number).get(1).get("payload");
        assertEquals(second.get("id").asLong(), event.get("receiptId").asLong());
        assertEquals(id, event.get("purchaseOrderId").asLong());
        assertEquals(supplier, event.get("supplier").asText());
        assertEquals(w, event.get("warehouse").asText());
        assertEquals("EUR", event.get("currency").asText());
        assertEquals("29.98", event.get("total").decimalValue().toPlainString());
        assertEquals(pen, event.get("lines").get(0).get("sku").asText());
        assertEquals("7", event.get("lines").get(0).get("quantity").decimalValue().toPlainString());
        assertEquals("2.50", event.get("lines").get(0).get("unitPrice").decimalValue().toPlainString());
        assertEquals("12.48", event.get("lines").get(1).get("lineTotal").decimalValue().toPlainString());
        // the receipt's moves are ordinary audited RECEIPT moves naming the order
        JsonNode move = ok(manager().get(L + "/stock-moves/" + second.get("lines").get(1).get("moveId").asLong()));
        assertEquals("RECEIPT", move.get("type").asText());
        assertEquals("purchase order " + number, move.get("reason").asText());
        assertEquals("DN-3", move.get("reference").asText());

        // list filters
        JsonNode list = ok(manager().get(PO + "?supplier=" + supplier + "&status=RECEIVED&warehouse=" + w));
        assertEquals(1, list.get("total").asInt());
        assertEquals(number, list.get("items").get(0).get("number").asText());
        assertEquals(2, ok(manager().get(PO + "?supplier=" + supplier + "&from=2000-01-01&to=2999-12-31"))
                .get("total").asInt());
        assertEquals(0, ok(manager().get(PO + "?supplier=" + supplier + "&to=2000-01-01")).get("total").asInt());
        assertProblem(manager().get(PO + "?status=SHIPPED"), 422);
        assertProblem(manager().get(PO + "?from=yesterday"), 422);
        assertEquals(200, http().as("auditor").get(PO + "/" + id).status());
        assertProblem(http().as("auditor").post(PO + "/" + next.get("id").asLong() + "/send", null), 403);
        assertEquals(4, http().as("admin").get("/api/audit?module=logistics&entity=PurchaseOrder&entityId=" + number)
                .json().get("total").asInt()); // create, send, receive, receive
    }

    @Test
    public void cancelledAndClosedOrdersTakeNoGoods() throws Exception {
        String supplier = unique("SUP-");
        String sku = unique("BOLT-");
        String w = unique("C");
        createPartner(supplier, "\"SUPPLIER\"");
        createProduct(sku, "PCE");
        createWarehouse(w);

        long cancelled = created(manager().post(PO, order(supplier, w, sku, "5", "1"))).get("id").asLong();
        ok(manager().post(PO + "/" + cancelled + "/send", null));
        assertEquals("CANCELLED", ok(manager().post(PO + "/" + cancelled + "/cancel", null)).get("status").asText());
        long moves = moveCount();
        Http.Reply refused = manager().post(PO + "/" + cancelled + "/receipts", receipt("X", sku, "1", null));
        assertProblem(refused, 409);
        assertEquals("CANCELLED", refused.json().get("orderStatus").asText());
        assertEquals(moves, moveCount());
        assertProblem(manager().post(PO + "/" + cancelled + "/send", null), 409);
        assertProblem(manager().post(PO + "/" + cancelled + "/close", null), 409);

        long partial = created(manager().post(PO, order(supplier, w, sku, "5", "1"))).get("id").asLong();
        assertProblem(manager().post(PO + "/" + partial + "/close", null), 409); // DRAFT
        ok(manager().post(PO + "/" + partial + "/send", null));
        created(manager().post(PO + "/" + partial + "/receipts", receipt("Y", sku, "2", null)));
        assertProblem(manager().post(PO + "/" + partial + "/cancel", null), 409); // goods already came
        assertEquals("CLOSED", ok(manager().post(PO + "/" + partial + "/close", null)).get("status").asText());
        assertProblem(manager().post(PO + "/" + partial + "/receipts", receipt("Z", sku, "1", null)), 409);
        assertEquals("2", onHand(sku, w, w + "-RECV").toPlainString());
    }

    @Test
    public void badPurchaseInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        String supplier = unique("SUP-");
        String customer = unique("CUS-");
        String sku = unique("NUT-");
        String service = unique("SRV-");
        String w = unique("X");
        createPartner(supplier, "\"SUPPLIER\"");
        createPartner(customer, "\"CUSTOMER\"");
        createProduct(sku, "PCE");
        assertEquals(201, manager().post(L + "/products", "{\"sku\":\"" + service + "\",\"name\":\"Consulting\","
                + "\"uom\":\"H\",\"type\":\"SERVICE\"}").status());
        createWarehouse(w);

        Http.Reply unknownSupplier = manager().post(PO, order("NO-SUCH-" + supplier, w, sku, "1", "1"));
        assertProblem(unknownSupplier, 422);
        assertEquals("supplier", field(unknownSupplier, 0));
        assertTrue(message(unknownSupplier, 0), message(unknownSupplier, 0).endsWith("does not exist"));
        Http.Reply notSupplier = manager().post(PO, order(customer, w, sku, "1", "1"));
        assertProblem(notSupplier, 422);
        assertTrue(message(notSupplier, 0), message(notSupplier, 0).endsWith("is not a supplier"));

        Object[][] cases = {
            {order(supplier, "NOWHERE", sku, "1", "1"), "warehouse"},
            {order(supplier, w, "NO-SUCH-SKU", "1", "1"), "lines[0].sku"},
            {order(supplier, w, service, "1", "1"), "lines[0].sku"},
            {order(supplier, w, sku, "0", "1"), "lines[0].quantity"},
            {order(supplier, w, sku, "-3", "1"), "lines[0].quantity"},
            {order(supplier, w, sku, "1.5", "1"), "lines[0].quantity"},
            {order(supplier, w, sku, "1", "-0.01"), "lines[0].unitPrice"},
            {order(supplier, w, sku, "1", "1.234"), "lines[0].unitPrice"},
            {order(supplier, w, sku, "1", "1", sku, "2", "1"), "lines[1].sku"},
            {order(supplier, w).replace("\"EUR\"", "\"EURO\""), "currency"},
        };
        for (Object[] bad : cases) {
            Http.Reply reply = manager().post(PO, (String) bad[0]);
            assertProblem(reply, 422);
            assertEquals(reply.toString(), bad[1], field(reply, 0));
        }
        assertProblem(manager().post(PO, "{\"supplier\":\"" + supplier + "\",\"bogus\":1}"), 400);
        assertEquals(0, ok(manager().get(PO + "?supplier=" + supplier)).get("total").asInt());

        long id = created(manager().post(PO, order(supplier, w, sku, "3", "1"))).get("id").asLong();
        ok(manager().post(PO + "/" + id + "/send", null));
        long moves = moveCount();
        Object[][] receipts = {
            {receipt("R", "OTHER-SKU", "1", null), "lines[0].sku"},
            {receipt("R", sku, "0", null), "lines[0].quantity"},
            {receipt("R", sku, "0.5", null), "lines[0].quantity"},
            {receipt("R", sku, "4", null), "lines[0].quantity"},
            {receipt("R", sku, "2", null, sku, "2", null), "lines[1].quantity"},
            {receipt("R", sku, "1", "NO-SUCH-SHELF"), "lines[0].location"},
            {"{\"lines\":[]}", "lines"},
        };
        for (Object[] bad : receipts) {
            Http.Reply reply = manager().post(PO + "/" + id + "/receipts", (String) bad[0]);
            assertProblem(reply, 422);
            assertEquals(reply.toString(), bad[1], field(reply, 0));
        }
        assertEquals(moves, moveCount());
        assertEquals("SENT", ok(manager().get(PO + "/" + id)).get("status").asText());
        assertProblem(manager().get(PO + "/999999999"), 404);
        assertProblem(manager().post(PO + "/999999999/receipts", receipt("R", sku, "1", null)), 404);
        assertProblem(manager().get(PO + "/999999999/receipts"), 404);
        assertProblem(manager().post(PO + "/999999999/send", null), 404);
    }

    @Test
    public void cycleCountBlocksTheLocationAndPostsTheDifferences() throws Exception {
        String sku = unique("CAN-");
        String extra = unique("JAR-");
        String w = unique("K");
        String shelf = w + "-A1";
        createProduct(sku, "PCE");
        createProduct(extra, "KG");
        createWarehouse(w, shelf);
        created(manager().post(L + "/stock-moves", "{\"type\":\"RECEIPT\",\"sku\":\"" + sku + "\",\"quantity\":10,"
                + "\"warehouse\":\"" + w + "\",\"location\":\"" + shelf + "\"}"));

        JsonNode count = created(manager().post(L + "/cycle-counts", "{\"warehouse\":\"" + w + "\",\"location\":\""
                + shelf + "\"}"));
        long id = count.get("id").asLong();
        assertEquals("OPEN", count.get("status").asText());
        assertEquals(1, count.get("lines").size());
        assertEquals("10", count.get("lines").get(0).get("expected").decimalValue().toPlainString());
        assertTrue(count.get("lines").get(0).get("counted").isNull());

        // no moves into or out of the counted location; other locations move freely
        long moves = moveCount();
        Http.Reply blocked = manager().post(L + "/stock-moves", "{\"type\":\"RECEIPT\",\"sku\":\"" + sku
                + "\",\"quantity\":1,\"warehouse\":\"" + w + "\",\"location\":\"" + shelf + "\"}");
        assertProblem(blocked, 409);
        assertEquals(id, blocked.json().get("cycleCount").asLong());
        assertTrue(blocked.json().get("detail").asText().contains("cycle count " + id));
        assertProblem(manager().post(L + "/stock-moves", "{\"type\":\"TRANSFER\",\"sku\":\"" + sku
                + "\",\"quantity\":1,\"warehouse\":\"" + w + "\",\"location\":\"" + shelf + "\",\"toLocation\":\""
                + w + "-RECV\"}"), 409);
        assertEquals(moves, moveCount());
        assertEquals("10", onHand(sku, w, shelf).toPlainString());
        created(manager().post(L + "/stock-moves", "{\"type\":\"RECEIPT\",\"sku\":\"" + sku + "\",\"quantity\":1,"
                + "\"warehouse\":\"" + w + "\"}"));
        assertProblem(manager().post(L + "/cycle-counts", "{\"warehouse\":\"" + w + "\",\"location\":\"" + shelf
                + "\"}"), 409);

        ok(manager().post(L + "/cycle-counts/" + id + "/lines", "{\"sku\":\"" + sku + "\",\"counted\":7}"));
        JsonNode recorded = ok(manager().post(L + "/cycle-counts/" + id + "/lines", "{\"sku\":\"" + extra
                + "\",\"counted\":1.250}"));
        assertEquals(2, recorded.get("lines").size());
        // corrected count: the last one counts
        recorded = ok(manager().post(L + "/cycle-counts/" + id + "/lines", "{\"sku\":\"" + sku + "\",\"counted\":8}"));
        JsonNode line = recorded.get("lines").get(sku.compareTo(extra) < 0 ? 0 : 1);
        assertEquals("8", line.get("counted").decimalValue().toPlainString());
        assertEquals("-2", line.get("difference").decimalValue().toPlainString());

        Object[][] bad = {
            {"{\"sku\":\"NO-SUCH-SKU\",\"counted\":1}", "sku"},
            {"{\"sku\":\"" + sku + "\",\"counted\":-1}", "counted"},
            {"{\"sku\":\"" + sku + "\",\"counted\":1.5}", "counted"},
            {"{\"sku\":\"" + extra + "\",\"counted\":1.0005}", "counted"},
            {"{\"sku\":\"" + sku + "\"}", "counted"},
        };
        for (Object[] input : bad) {
            Http.Reply reply = manager().post(L + "/cycle-counts/" + id + "/lines", (String) input[0]);
            assertProblem(reply, 422);
            assertEquals(reply.toString(), input[1], field(reply, 0));
        }
        assertProblem(manager().post(L + "/cycle-counts/999999999/lines", "{\"sku\":\"" + sku + "\",\"counted\":1}"),
                404);

        JsonNode posted = ok(manager().post(L + "/cycle-counts/" + id + "/post", null));
        assertEquals("POSTED", posted.get("status").asText());
        assertEquals("8", onHand(sku, w, shelf).toPlainString());
        assertEquals("1.250", onHand(extra, w, shelf).toPlainString());
        JsonNode adjustments = ok(manager().get(L + "/stock-moves?type=ADJUSTMENT&warehouse=" + w));
        assertEquals(2, adjustments.get("total").asInt());
        for (JsonNode adjustment : adjustments.get("items")) {
            assertEquals("cycle count " + id, adjustment.get("reason").asText());
        }
        assertEquals(moves + 3, moveCount()); // the receipt elsewhere and two adjustments
        assertProblem(manager().post(L + "/cycle-counts/" + id + "/post", null), 409);
        assertProblem(manager().post(L + "/cycle-counts/" + id + "/lines", "{\"sku\":\"" + sku + "\",\"counted\":1}"),
                409);
        created(manager().post(L + "/stock-moves", "{\"type\":\"ISSUE\",\"sku\":\"" + sku + "\",\"quantity\":1,"
                + "\"warehouse\":\"" + w + "\",\"location\":\"" + shelf + "\"}"));
        assertEquals(1, ok(manager().get(L + "/cycle-counts?warehouse=" + w + "&status=POSTED")).get("total").asInt());
        assertEquals("POSTED", ok(manager().get(L + "/cycle-counts/" + id)).get("status").asText());

        long cancelled = created(manager().post(L + "/cycle-counts", "{\"warehouse\":\"" + w + "\",\"location\":\""
                + shelf + "\"}")).get("id").asLong();
        assertEquals("CANCELLED", ok(manager().post(L + "/cycle-counts/" + cancelled + "/cancel", null))
                .get("status").asText());
        assertProblem(manager().get(L + "/cycle-counts/999999999"), 404);
        Http.Reply nowhere = manager().post(L + "/cycle-counts", "{\"warehouse\":\"" + w + "\",\"location\":\"NOPE\"}");
        assertProblem(nowhere, 422);
        assertEquals("location", field(nowhere, 0));
        assertProblem(manager().post(L + "/cycle-counts", "{\"warehouse\":\"NOPE\",\"location\":\"NOPE\"}"), 422);
        assertProblem(manager().get(L + "/cycle-counts?status=DONE"), 422);
    }

    @Test
    public void reorderRuleAnnouncesLowStockOnceAndSuggestsPurchases() throws Exception {
        String supplier = unique("SUP-");
        String sku = unique("TAPE-");
        String w = unique("R");
        createPartner(supplier, "\"SUPPLIER\"");
        createProduct(sku, "PCE");
        createWarehouse(w);
        String rules = L + "/reorder-rules/" + sku + "/" + w;

        Http.Reply minAboveMax = manager().put(rules, "{\"minimum\":60,\"maximum\":50}");
        assertProblem(minAboveMax, 422);
        assertEquals("minimum", field(minAboveMax, 0));
        assertProblem(manager().put(rules, "{\"minimum\":1.5,\"maximum\":50}"), 422);
        assertProblem(manager().put(rules, "{\"minimum\":1,\"maximum\":50,\"multiple\":0}"), 422);
        assertProblem(manager().put(rules, "{\"minimum\":1,\"maximum\":50,\"supplier\":\"NO-SUCH-" + supplier + "\"}"),
                422);
        assertProblem(manager().put(L + "/reorder-rules/NO-SUCH-SKU/" + w, "{\"minimum\":1,\"maximum\":5}"), 404);
        assertProblem(manager().put(L + "/reorder-rules/" + sku + "/NOWHERE", "{\"minimum\":1,\"maximum\":5}"), 404);
        assertEquals(0, ok(manager().get(L + "/reorder-rules?warehouse=" + w)).get("total").asInt());

        JsonNode rule = ok(manager().put(rules, "{\"minimum\":10,\"maximum\":50,\"supplier\":\"" + supplier
                + "\",\"multiple\":12}"));
        assertEquals("10", rule.get("minimum").decimalValue().toPlainString());
        assertEquals(supplier, rule.get("supplier").asText());
        assertEquals(1, ok(manager().get(L + "/reorder-rules?warehouse=" + w)).get("total").asInt());

        String stockMove = "{\"type\":\"%s\",\"sku\":\"" + sku + "\",\"quantity\":%s,\"warehouse\":\"" + w + "\"}";
        created(manager().post(L + "/stock-moves", String.format(stockMove, "RECEIPT", "30")));
        created(manager().post(L + "/stock-moves", String.format(stockMove, "ISSUE", "30")
                .replace("\"ISSUE\",", "\"TRANSFER\",").replace("}", ",\"location\":\"" + w + "-RECV\","
                        + "\"toLocation\":\"" + w + "-SHIP\"}")));
        created(manager().post(L + "/stock-moves", String.format(stockMove, "ISSUE", "15"))); // 30 → 15
        assertEquals(0, events("LOW_STOCK", sku + "@" + w).size());
        created(manager().post(L + "/stock-moves", String.format(stockMove, "ISSUE", "6"))); // 15 → 9: crosses
        created(manager().post(L + "/stock-moves", String.format(stockMove, "ISSUE", "2"))); // 9 → 7: already below
        eventually(5_000, "LOW_STOCK", () -> events("LOW_STOCK", sku + "@" + w).size() == 1);
        JsonNode low = events("LOW_STOCK", sku + "@" + w).get(0).get("payload");
        assertEquals(sku, low.get("sku").asText());
        assertEquals(w, low.get("warehouse").asText());
        assertEquals("9", low.get("available").decimalValue().toPlainString());
        assertEquals("10", low.get("minimum").decimalValue().toPlainString());
        assertEquals("50", low.get("maximum").decimalValue().toPlainString());
        assertEquals(supplier, low.get("supplier").asText());

        // available 7 + 2 on a sent order = 9 < 10: order 50 - 9 = 41, rounded up to 4 × 12 = 48
        long po = created(manager().post(PO, order(supplier, w, sku, "2", "1.10"))).get("id").asLong();
        ok(manager().post(PO + "/" + po + "/send", null));
        created(manager().post(PO, order(supplier, w, sku, "100", "1.10"))); // a DRAFT is not on order
        JsonNode suggestions = ok(manager().get(L + "/replenishment?warehouse=" + w));
        assertEquals(1, suggestions.size());
        JsonNode suggestion = suggestions.get(0);
        assertEquals(sku, suggestion.get("sku").asText());
        assertEquals("7", suggestion.get("available").decimalValue().toPlainString());
        assertEquals("2", suggestion.get("onOrder").decimalValue().toPlainString());
        assertEquals("48", suggestion.get("quantity").decimalValue().toPlainString());
        assertEquals(supplier, suggestion.get("supplier").asText());
        // receiving the order moves the 2 from "on order" to "available" and raises nothing new
        created(manager().post(PO + "/" + po + "/receipts", receipt("DN", sku, "2", null)));
        suggestion = ok(manager().get(L + "/replenishment?warehouse=" + w)).get(0);
        assertEquals("9", suggestion.get("available").decimalValue().toPlainString());
        assertEquals("0", suggestion.get("onOrder").decimalValue().toPlainString());
        assertEquals(1, events("LOW_STOCK", sku + "@" + w).size());
        assertProblem(manager().get(L + "/replenishment?warehouse=NOWHERE"), 404);

        assertEquals(204, manager().send(rules, "DELETE", null, (String) null).status());
        assertProblem(manager().send(rules, "DELETE", null, (String) null), 404);
        assertEquals(0, ok(manager().get(L + "/replenishment?warehouse=" + w)).size());
    }

    /**
     * Units are master data: the seeded UN/ECE codes and the units of earlier releases are there, a company adds its
     * own (names in any script), and a product counted each is bought in boxes of 12 — ordered, priced and received
     * in boxes, stocked in pieces, exactly. Bad input is refused naming the field and changes nothing.
     */
    @Test
    public void unitsAreMasterDataAndAProductIsBoughtInBoxesAndStockedEach() throws Exception {
        Http admin = manager();
        JsonNode seeded = ok(admin.get(L + "/units?limit=500"));
        String codes = seeded.get("items").toString();
        for (String code : List.of("PCE", "PKG", "KG", "M", "M2", "L", "H", "C62", "H87", "EA", "PR", "KGM", "LTR")) {
            assertTrue(code + " seeded: " + codes, codes.contains("\"code\":\"" + code + "\""));
        }
        JsonNode kilogram = ok(admin.get(L + "/units/KG"));
        assertEquals("KGM", kilogram.get("uneceCode").asText());
        assertEquals(3, kilogram.get("decimals").asInt());
        assertEquals(0, ok(admin.get(L + "/units/EA")).get("decimals").asInt());

        String box = unique("B");
        String pair = unique("PR");
        JsonNode created = created(admin.post(L + "/units", "{\"code\":\"" + box + "\",\"name\":\"קופסה · 盒 · علبة\","
                + "\"uneceCode\":\"XBX\",\"decimals\":0}"));
        assertEquals("קופסה · 盒 · علبة", ok(admin.get(L + "/units/" + box)).get("name").asText());
        assertTrue(created.get("active").asBoolean());
        created(admin.post(L + "/units", "{\"code\":\"" + pair + "\",\"name\":\"Pair\",\"decimals\":0}"));
        assertProblem(admin.post(L + "/units", "{\"code\":\"" + box + "\",\"name\":\"again\",\"decimals\":0}"), 409);
        assertField(admin.post(L + "/units", "{\"code\":\"" + unique("D") + "\",\"name\":\"x\",\"decimals\":5}"),
                "decimals", "from 0 to 4");
        assertField(admin.post(L + "/units", "{\"code\":\"" + unique("U") + "\",\"name\":\"x\",\"decimals\":0,"
                + "\"uneceCode\":\"box\"}"), "uneceCode", "Recommendation 20");
        assertProblem(admin.get(L + "/units/NO-SUCH-UNIT"), 404);
        assertProblem(http().as("auditor").post(L + "/units", "{\"code\":\"V1\",\"name\":\"x\",\"decimals\":0}"),
                403);
        assertTrue(ok(admin.get(L + "/units?q=" + box.toLowerCase())).get("items").toString().contains(box));

        // a product counted in a company unit; its decimals then stay as they are
        String socks = unique("SOCK-");
        createProduct(socks, pair);
        JsonNode pairUnit = ok(admin.get(L + "/units/" + pair));
        Http.Reply decimals = admin.put(L + "/units/" + pair, "{\"name\":\"Pair\",\"decimals\":2,\"version\":"
                + pairUnit.get("version").asLong() + "}");
        assertProblem(decimals, 409);
        assertEquals("decimals", decimals.json().get("field").asText());
        JsonNode renamed = ok(admin.put(L + "/units/" + pair, "{\"name\":\"זוג\",\"decimals\":0,\"version\":"
                + pairUnit.get("version").asLong() + "}"));
        assertEquals("זוג", renamed.get("name").asText());
        assertField(admin.post(L + "/products", "{\"sku\":\"" + unique("U-") + "\",\"name\":\"x\",\"uom\":\"GALLON\","
                + "\"type\":\"STOCKED\"}"), "uom", "unknown unit 'GALLON'");

        // buy in boxes of 12, stock and sell each
        String supplier = unique("SUP-");
        String pen = unique("PEN-");
        String w = unique("U");
        createPartner(supplier, "\"SUPPLIER\"");
        createProduct(pen, "PCE");
        createWarehouse(w);
        String units = L + "/products/" + pen + "/units";
        assertEquals("12", ok(admin.put(units + "/" + box, "{\"factor\":12.000}")).get("factor").decimalValue()
                .toPlainString());
        assertField(admin.put(units + "/PCE", "{\"factor\":1}"), "unit", "the product's own unit");
        assertField(admin.put(units + "/" + box, "{\"factor\":0}"), "factor", "more than zero");
        assertField(admin.put(units + "/NO-SUCH", "{\"factor\":2}"), "unit", "unknown unit");
        assertEquals(box, ok(admin.get(units)).get(0).get("unit").asText());
        assertEquals("36", ok(admin.get(units + "/" + box + "/convert?quantity=3")).get("quantity").decimalValue()
                .toPlainString());
        ok(admin.put(units + "/XPK", "{\"factor\":2.5}"));
        assertField(admin.get(units + "/XPK/convert?quantity=3"), "quantity", "3 XPK is 7.5 PCE; must be a whole number");
        assertEquals("5", ok(admin.get(units + "/XPK/convert?quantity=2")).get("quantity").decimalValue()
                .toPlainString());
        assertEquals(204, admin.send(units + "/XPK", "DELETE", "application/json", "").status());
        assertProblem(admin.send(units + "/XPK", "DELETE", "application/json", ""), 404);
        JsonNode audit = ok(http().as("admin").get("/api/audit?module=logistics&entity=Product&entityId=" + pen));
        assertTrue(audit.toString(), audit.toString().contains("units." + box));

        String line = "{\"sku\":\"" + pen + "\",\"quantity\":10,\"unitPrice\":30.00,\"unit\":\"" + box + "\"}";
        JsonNode po = created(admin.post(PO, "{\"supplier\":\"" + supplier + "\",\"warehouse\":\"" + w
                + "\",\"currency\":\"EUR\",\"lines\":[" + line + "]}"));
        JsonNode ordered = po.get("lines").get(0);
        assertEquals("PCE", ordered.get("uom").asText());
        assertEquals("120", ordered.get("quantity").decimalValue().toPlainString());
        assertEquals(box, ordered.get("orderUnit").asText());
        assertEquals("10", ordered.get("orderQuantity").decimalValue().toPlainString());
        assertEquals("30.00", ordered.get("orderUnitPrice").decimalValue().toPlainString());
        assertEquals("2.5", ordered.get("unitPrice").decimalValue().toPlainString());
        assertEquals("300.00", po.get("total").decimalValue().toPlainString());
        long id = po.get("id").asLong();
        int orders = ok(admin.get(PO + "?supplier=" + supplier)).get("total").asInt();
        Http.Reply tenth = admin.post(PO, "{\"supplier\":\"" + supplier + "\",\"warehouse\":\"" + w
                + "\",\"currency\":\"EUR\",\"lines\":[" + line.replace("\"quantity\":10", "\"quantity\":0.5") + "]}");
        assertField(tenth, "lines[0].quantity", "whole number for unit " + box);
        assertField(admin.post(PO, "{\"supplier\":\"" + supplier + "\",\"warehouse\":\"" + w
                + "\",\"currency\":\"EUR\",\"lines\":[" + line.replace(box, pair) + "]}"), "lines[0].unit",
                "has no conversion for unit '" + pair + "'");
        assertEquals(orders, ok(admin.get(PO + "?supplier=" + supplier)).get("total").asInt());

        ok(admin.post(PO + "/" + id + "/send", null));
        JsonNode received = created(admin.post(PO + "/" + id + "/receipts", "{\"reference\":\"DN-B\",\"lines\":[{"
                + "\"sku\":\"" + pen + "\",\"quantity\":4,\"unit\":\"" + box + "\"}]}"));
        assertEquals("48", received.get("lines").get(0).get("quantity").decimalValue().toPlainString());
        assertEquals("48", onHand(pen, w, w + "-RECV").toPlainString());
        // the shell receives in boxes too, and shows the units
        String shelled = shell("logistics:receive --unit " + box + " " + id + " " + pen + " 2");
        assertTrue(shelled, shelled.contains("24"));
        assertEquals("72", onHand(pen, w, w + "-RECV").toPlainString());
        assertEquals("48", ok(admin.get(PO + "/" + id)).get("lines").get(0).get("open").decimalValue()
                .toPlainString());
        // 6 boxes = 72 pieces, more than the 48 open and the 12 the 10 % tolerance allows: refused in the product's unit, nothing received
        assertField(admin.post(PO + "/" + id + "/receipts", "{\"lines\":[{\"sku\":\"" + pen + "\",\"quantity\":6,"
                + "\"unit\":\"" + box + "\"}]}"), "lines[0].quantity", "48 PCE open");
        assertEquals("72", onHand(pen, w, w + "-RECV").toPlainString());

        String listed = shell("logistics:unit-list -q " + box.toLowerCase());
        assertTrue(listed, listed.contains(box) && listed.contains("XBX"));
        String added = shell("logistics:unit-add --unece DZN " + unique("DZ") + " \"תריסר\"");
        assertTrue(added, added.contains("added (0 decimals)"));
        String conversions = shell("logistics:product-units --set " + pair + "=6 " + pen);
        assertTrue(conversions, conversions.contains("counted in PCE") && conversions.contains(pair)
                && conversions.contains(box));
        assertFalse(shell("logistics:product-units --remove " + pair + " " + pen).contains(pair));
        String refused = refusedShell("logistics:unit-add " + box + " again");
        assertTrue(refused, refused.contains("already exists"));
    }

    @Test
    public void shellCommandsCoverPurchasingCountsAndReplenishment() throws Exception {
        String supplier = unique("SUP-");
        String sku = unique("GLUE-");
        String w = unique("S");
        createPartner(supplier, "\"SUPPLIER\"");
        createProduct(sku, "PCE");
        createWarehouse(w, w + "-B2");
        long id = created(manager().post(PO, order(supplier, w, sku, "20", "0.75"))).get("id").asLong();

        String list = shell("logistics:po-list --status DRAFT");
        assertTrue(list, list.contains(supplier) && list.contains("15.00"));
        String sent = shell("logistics:po-send " + id);
        assertTrue(sent, sent.contains("SENT"));
        assertTrue(shell("logistics:po-list --status SENT").contains(supplier));
        assertFalse(shell("logistics:po-list --status DRAFT").contains(supplier));
        String received = shell("logistics:receive --location " + w + "-B2 " + id + " " + sku + " 12");
        assertTrue(received, received.contains("PARTIALLY_RECEIVED") && received.contains(w + "-B2")
                && received.contains("9.00"));
        assertEquals("12", onHand(sku, w, w + "-B2").toPlainString());
        String over = refusedShell("logistics:receive " + id + " " + sku + " 99");
        assertTrue(over, over.contains("lines[0].quantity") && over.contains("8 PCE open"));

        String opened = shell("logistics:count --warehouse " + w + " " + w + "-B2");
        assertTrue(opened, opened.contains("OPEN") && opened.contains(sku));
        long count = ok(manager().get(L + "/cycle-counts?warehouse=" + w + "&status=OPEN")).get("items").get(0)
                .get("id").asLong();
        String recorded = shell("logistics:count-record " + count + " " + sku + " 11");
        assertTrue(recorded, recorded.contains("-1"));
        String posted = shell("logistics:count-post " + count);
        assertTrue(posted, posted.contains("POSTED"));
        assertEquals("11", onHand(sku, w, w + "-B2").toPlainString());

        String rule = shell("logistics:reorder-rule --supplier " + supplier + " " + sku + " " + w + " 15 40");
        assertTrue(rule, rule.contains("15") && rule.contains("40") && rule.contains(supplier));
        // 11 available + 8 still open on the order = 19: no suggestion until the order is closed
        assertFalse(shell("logistics:replenishment --warehouse " + w).contains(sku));
        ok(manager().post(PO + "/" + id + "/close", null));
        String suggestion = shell("logistics:replenishment --warehouse " + w);
        assertTrue(suggestion, suggestion.contains(sku) && suggestion.contains("29") && suggestion.contains(supplier));
        String bad = refusedShell("logistics:reorder-rule " + sku + " " + w + " 50 40");
        assertTrue(bad, bad.contains("minimum: must not exceed the maximum"));
    }
}
