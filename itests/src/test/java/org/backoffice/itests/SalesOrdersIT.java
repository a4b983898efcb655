package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Sales orders end to end on the server with logistics (and partners): receipt → order → confirm (reservations) →
 * pick list → picks → shipment → dispatch (stock issued, event announced), partial shipments and backorders,
 * cancellation, concurrent confirmations of scarce stock, delivery notes, refusals that write nothing, and the shell.
 */
@ExamReactorStrategy(PerSuite.class)
public class SalesOrdersIT extends LogisticsTestSupport {

    private static final String DISPATCHED_TOPIC = "org/backoffice/logistics/SHIPMENT_DISPATCHED";

    @Override
    @Configuration
    public Option[] configuration() throws java.io.IOException {
        return logisticsOptions().toArray(new Option[0]);
    }

    @Before
    public void waitForLogistics() throws Exception {
        eventually(30_000, "sales REST", () -> manager().get(L + "/sales-orders?limit=1").status() == 200
                && manager().get(L + "/shipments?limit=1").status() == 200);
    }

    private static void ok(Http.Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
    }

    private static void product(String sku, String uom, String type) throws Exception {
        created(manager().post(L + "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Item " + sku + " <b>&</b>\","
                + "\"uom\":\"" + uom + "\",\"type\":\"" + type + "\"}"));
    }
    private static String orderJson(String customer, String warehouse, String... lines) {
        StringBuilder json = new StringBuilder("{\"customer\":\"" + customer + "\",\"warehouse\":\"" + warehouse
                + "\",\"requestedDate\":\"2026-12-01\",\"currency\":\"EUR\",\"lines\":[");
        for (int i = 0; i < lines.length; i += 3) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(lines[i]).append("\",\"quantity\":")
                    .append(lines[i + 1]).append(",\"unitPrice\":").append(lines[i + 2]).append('}');
        }
        return json.append("]}").toString();
    }

    private static JsonNode order(String customer, String warehouse, String... lines) throws Exception {
        Http.Reply reply = manager().post(L + "/sales-orders", orderJson(customer, warehouse, lines));
        created(reply);
        return reply.json();
    }

    private static JsonNode confirm(long order) throws Exception {
        Http.Reply reply = manager().post(L + "/sales-orders/" + order + "/confirm", null);
        ok(reply);
        return reply.json();
    }

    private static JsonNode get(String path) throws Exception {
        Http.Reply reply = manager().get(path);
        ok(reply);
        return reply.json();
    }

    /** on hand, reserved, available at a location ("0,0,0" when it has no stock row). */
    private static String stock(String sku, String warehouse, String location) throws Exception {
        for (JsonNode level : get(L + "/stock?sku=" + sku + "&warehouse=" + warehouse).get("items")) {
            if (level.get("location").asText().equals(location)) {
                return level.get("onHand").decimalValue().toPlainString() + ","
                        + level.get("reserved").decimalValue().toPlainString() + ","
                        + level.get("available").decimalValue().toPlainString();
            }
        }
        return "0,0,0";
    }

    private static String decimal(JsonNode node) {
        return node.decimalValue().toPlainString();
    }

    private static long count(String path) throws Exception {
        return get(path).get("total").asLong();
    }

    @Test
    public void receiptOrderConfirmPickShipDispatch() throws Exception {
        String sku = unique("PEN-");
        String service = unique("FIT-");
        String w = unique("F");
        product(sku, "PCE", "STOCKED");
        product(service, "H", "SERVICE");
        createWarehouse(w, w + "-A", w + "-B");
        // B receives first although A was created first: B holds the oldest stock
        receive(sku, "4", w, w + "-B");
        receive(sku, "10", w, w + "-A");
        String customer = createCustomer();

        JsonNode draft = order(customer, w, sku, "6", "1.95", service, "1.5", "80");
        long id = draft.get("id").asLong();
        String number = draft.get("number").asText();
        assertTrue(number, number.matches("SO-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-\\d{6}"));
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals("11.70", decimal(draft.get("lines").get(0).get("lineTotal")));
        assertEquals("120.00", decimal(draft.get("lines").get(1).get("lineTotal")));
        assertEquals("131.70", decimal(draft.get("total")));
        assertEquals("1.50", decimal(draft.get("lines").get(1).get("quantity")));
        assertEquals(draft.toString(), get(L + "/sales-orders/" + id).toString());

        JsonNode confirmed = confirm(id);
        assertEquals("CONFIRMED", confirmed.get("status").asText());
        JsonNode line = confirmed.get("lines").get(0);
        assertEquals("6", decimal(line.get("reserved")));
        assertEquals("0", decimal(line.get("backordered")));
        JsonNode reservations = line.get("reservations");
        assertEquals(reservations.toString(), 2, reservations.size());
        assertEquals(w + "-B", reservations.get(0).get("location").asText()); // oldest stock first
        assertEquals("4", decimal(reservations.get(0).get("reserved")));
        assertEquals(w + "-A", reservations.get(1).get("location").asText());
        assertEquals("2", decimal(reservations.get(1).get("reserved")));
        assertEquals("0.00", decimal(confirmed.get("lines").get(1).get("reserved"))); // services are never reserved
        assertEquals("4,4,0", stock(sku, w, w + "-B"));
        assertEquals("10,2,8", stock(sku, w, w + "-A"));
        // a plain issue respects the reservation
        Http.Reply issue = manager().post(L + "/stock-moves", "{\"type\":\"ISSUE\",\"sku\":\"" + sku
                + "\",\"quantity\":9,\"warehouse\":\"" + w + "\",\"location\":\"" + w + "-A\"}");
        assertProblem(issue, 409);
        assertEquals("8", decimal(issue.json().get("available")));
        Http.Reply again = manager().post(L + "/sales-orders/" + id + "/confirm", null);
        assertProblem(again, 409);
        assertEquals("CONFIRMED", again.json().get("orderStatus").asText());

        Http.Reply pick = manager().post(L + "/pick-lists", "{\"orders\":[" + id + "]}");
        created(pick);
        assertTrue(pick.header("Location").contains(L + "/pick-lists/"));
        JsonNode list = pick.json();
        long listId = list.get("id").asLong();
        assertEquals("OPEN", list.get("status").asText());
        assertEquals(list.toString(), 2, list.get("lines").size());
        JsonNode pickA = list.get("lines").get(0);
        JsonNode pickB = list.get("lines").get(1);
        assertEquals(w + "-A", pickA.get("location").asText());
        assertEquals("2", decimal(pickA.get("quantity")));
        assertEquals(w + "-B", pickB.get("location").asText());
        assertEquals("4", decimal(pickB.get("quantity")));
        assertEquals("PICKING", get(L + "/sales-orders/" + id).get("status").asText());
        // nothing is left to pick while the lines are open
        assertProblem(manager().post(L + "/pick-lists", "{\"orders\":[" + id + "]}"), 409);

        String confirmB = L + "/pick-lists/" + listId + "/lines/" + pickB.get("id").asLong() + "/confirm";
        Http.Reply overPick = manager().post(confirmB, "{\"quantity\":5}");
        assertProblem(overPick, 422);
        assertEquals("quantity", overPick.json().get("errors").get(0).get("field").asText());
        ok(manager().post(confirmB, "{\"quantity\":4}"));
        assertProblem(manager().post(confirmB, "{\"quantity\":4}"), 409);
        Http.Reply done = manager().post(L + "/pick-lists/" + listId + "/lines/" + pickA.get("id").asLong()
                + "/confirm", "{\"quantity\":2}");
        ok(done);
        assertEquals("DONE", done.json().get("status").asText());
        assertEquals("6", decimal(get(L + "/sales-orders/" + id).get("lines").get(0).get("picked")));
        assertEquals(1, count(L + "/pick-lists?order=" + id + "&status=DONE"));

        Http.Reply prepared = manager().post(L + "/shipments", "{\"salesOrder\":" + id + ",\"carrier\":\"DHL\","
                + "\"trackingNumber\":\"JD0001\",\"packages\":2}");
        created(prepared);
        JsonNode shipment = prepared.json();
        long shipmentId = shipment.get("id").asLong();
        assertEquals("DRAFT", shipment.get("status").asText());
        assertEquals(shipment.toString(), 2, shipment.get("lines").size());
        assertEquals("6", decimal(shipment.get("lines").get(0).get("quantity")));
        assertEquals("1.50", decimal(shipment.get("lines").get(1).get("quantity")));
        assertEquals("131.70", decimal(shipment.get("total")));
        assertEquals("a draft shipment changes no stock", "10,2,8", stock(sku, w, w + "-A"));

        Http.Reply dispatched = manager().post(L + "/shipments/" + shipmentId + "/dispatch", null);
        ok(dispatched);
        assertEquals("DISPATCHED", dispatched.json().get("status").asText());
        assertNotNull(dispatched.json().get("dispatchedAt").asText());
        JsonNode shipped = get(L + "/sales-orders/" + id);
        assertEquals("SHIPPED", shipped.get("status").asText());
        assertEquals("6", decimal(shipped.get("lines").get(0).get("shipped")));
        assertEquals("0", decimal(shipped.get("lines").get(0).get("reserved")));
        assertEquals("0,0,0", stock(sku, w, w + "-B"));
        assertEquals("8,0,8", stock(sku, w, w + "-A"));
        JsonNode issues = get(L + "/stock-moves?sku=" + sku + "&type=ISSUE");
        assertEquals(2, issues.get("total").asInt());
        assertEquals(shipment.get("number").asText(), issues.get("items").get(0).get("reference").asText());
        assertEquals(8, get(L + "/products/" + sku + "/ledger").get("onHand").asInt());
        Http.Reply twice = manager().post(L + "/shipments/" + shipmentId + "/dispatch", null);
        assertProblem(twice, 409);
        assertEquals("DISPATCHED", twice.json().get("shipmentStatus").asText());
        assertEquals(2, count(L + "/stock-moves?sku=" + sku + "&type=ISSUE"));

        JsonNode event = null;
        for (JsonNode e : http().as("admin").get("/api/events?topic=" + DISPATCHED_TOPIC + "&limit=500").json()
                .get("items")) {
            if (e.get("key").asText().equals(shipment.get("number").asText())) {
                event = e.get("payload");
            }
        }
        assertNotNull("SHIPMENT_DISPATCHED event", event);
        assertEquals(shipmentId, event.get("shipmentId").asLong());
        assertEquals(id, event.get("orderId").asLong());
        assertEquals(number, event.get("orderNumber").asText());
        assertEquals(customer, event.get("customer").asText());
        assertEquals(w, event.get("warehouse").asText());
        assertEquals("EUR", event.get("currency").asText());
        assertEquals(dispatched.json().get("dispatchedAt").asText().substring(0, 19),
                event.get("dispatchedAt").asText().substring(0, 19));
        assertEquals(sku, event.get("lines").get(0).get("sku").asText());
        assertEquals("6", decimal(event.get("lines").get(0).get("quantity")));
        assertEquals("1.95", decimal(event.get("lines").get(0).get("unitPrice")));
        assertEquals("11.70", decimal(event.get("lines").get(0).get("lineTotal")));
        assertEquals("131.70", decimal(event.get("total")));

        Http.Reply text = manager().get(L + "/shipments/" + shipmentId + "/delivery-note", "text/plain");
        ok(text);
        assertTrue(text.contentType(), text.contentType().startsWith("text/plain"));
        for (String expected : List.of(shipment.get("number").asText(), number, customer, "Lindenweg 7",
                "München", "DHL", "JD0001", "Packages:      2", sku, service)) {
            assertTrue(expected + " in " + text.body(), text.body().contains(expected));
        }
        Http.Reply html = manager().get(L + "/shipments/" + shipmentId + "/delivery-note", "text/html");
        ok(html);
        assertTrue(html.contentType(), html.contentType().startsWith("text/html"));
        assertTrue(html.body(), html.body().contains("Item " + sku + " &lt;b&gt;&amp;&lt;/b&gt;"));
        assertFalse(html.body(), html.body().contains("<b>&</b>"));
        assertTrue(html.body(), html.body().contains("Kunde " + customer + " &amp; Co"));

        assertEquals(1, count(L + "/shipments?order=" + id + "&status=DISPATCHED&carrier=DHL"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(1, count(L + "/sales-orders?customer=" + customer + "&status=SHIPPED&warehouse=" + w
                + "&from=" + today + "&to=" + today));
        assertEquals(0, count(L + "/sales-orders?customer=" + customer + "&from="
                + LocalDate.now(ZoneOffset.UTC).plusDays(1)));
        // create, confirm, picking, shipped
        assertEquals(4, http().as("admin").get("/api/audit?module=logistics&entity=SalesOrder&entityId=" + id)
                .json().get("total").asInt());
        assertEquals(200, http().as("auditor").get(L + "/sales-orders/" + id).status());
        assertProblem(http().as("auditor").post(L + "/sales-orders/" + id + "/cancel", null), 403);
    }

    @Test
    public void shortStockIsBackorderedAndShipsPartially() throws Exception {
        String sku = unique("FLOUR-");
        String w = unique("P");
        product(sku, "KG", "STOCKED");
        createWarehouse(w);
        receive(sku, "5", w, w + "-RECV");
        JsonNode confirmed = confirm(order(createCustomer(), w, sku, "8.5", "2.40").get("id").asLong());
        long id = confirmed.get("id").asLong();
        JsonNode line = confirmed.get("lines").get(0);
        assertEquals("5.000", decimal(line.get("reserved")));
        assertEquals("3.500", decimal(line.get("backordered")));
        assertEquals("20.40", decimal(confirmed.get("total")));
        assertEquals("5,5,0", stock(sku, w, w + "-RECV").replace(".000", ""));

        JsonNode list = manager().post(L + "/pick-lists", "{\"orders\":[" + id + "]}").json();
        JsonNode pickLine = list.get("lines").get(0);
        assertEquals("5.000", decimal(pickLine.get("quantity")));
        assertProblem(manager().post(L + "/pick-lists/" + list.get("id").asLong() + "/lines/"
                + pickLine.get("id").asLong() + "/confirm", "{\"quantity\":1.0005}"), 422);
        // short pick: 3 of 5 found
        ok(manager().post(L + "/pick-lists/" + list.get("id").asLong() + "/lines/" + pickLine.get("id").asLong()
                + "/confirm", "{\"quantity\":3}"));

        // more than picked is refused; the default is what was picked
        Http.Reply tooMuch = manager().post(L + "/shipments", "{\"salesOrder\":" + id + ",\"lines\":[{\"sku\":\""
                + sku + "\",\"quantity\":3.5}]}");
        assertProblem(tooMuch, 422);
        assertEquals("lines[0].quantity", tooMuch.json().get("errors").get(0).get("field").asText());
        JsonNode first = manager().post(L + "/shipments", "{\"salesOrder\":" + id + ",\"carrier\":\"UPS\"}").json();
        assertEquals("3.000", decimal(first.get("lines").get(0).get("quantity")));
        assertEquals("7.20", decimal(first.get("total")));
        ok(manager().post(L + "/shipments/" + first.get("id").asLong() + "/dispatch", null));
        JsonNode partly = get(L + "/sales-orders/" + id);
        assertEquals("PARTIALLY_SHIPPED", partly.get("status").asText());
        line = partly.get("lines").get(0);
        assertEquals("3.000", decimal(line.get("shipped")));
        assertEquals("2.000", decimal(line.get("reserved")));
        assertEquals("0.000", decimal(line.get("picked")));
        assertEquals("3.500", decimal(line.get("backordered")));
        assertEquals("2.000,2.000,0.000", stock(sku, w, w + "-RECV"));

        // the rest of the reservation ships unpicked; the backorder keeps the order partially shipped
        Http.Reply overReserved = manager().post(L + "/shipments", "{\"salesOrder\":" + id + ",\"lines\":[{\"sku\":\""
                + sku + "\",\"quantity\":2.001}]}");
        assertProblem(overReserved, 422);
        JsonNode second = manager().post(L + "/shipments", "{\"salesOrder\":" + id + ",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":2}]}").json();
        ok(manager().post(L + "/shipments/" + second.get("id").asLong() + "/dispatch", null));
        partly = get(L + "/sales-orders/" + id);
        assertEquals("PARTIALLY_SHIPPED", partly.get("status").asText());
        assertEquals("5.000", decimal(partly.get("lines").get(0).get("shipped")));
        assertEquals("0,0,0", stock(sku, w, w + "-RECV"));
        assertEquals("0.000", decimal(get(L + "/products/" + sku + "/ledger").get("onHand")));
        assertProblem(manager().post(L + "/shipments", "{\"salesOrder\":" + id + "}"), 409);
        assertEquals(2, count(L + "/shipments?order=" + id));

        // goods arrive: checking availability again reserves the backorder (shell), which then ships in full
        receive(sku, "4", w, w + "-RECV");
        String reserved = shell("logistics:order-reserve " + id);
        assertTrue(reserved, reserved.contains("3.5"));
        line = get(L + "/sales-orders/" + id).get("lines").get(0);
        assertEquals("3.500", decimal(line.get("reserved")));
        assertEquals("0.000", decimal(line.get("backordered")));
        assertEquals("4.000,3.500,0.500", stock(sku, w, w + "-RECV"));
        // nothing more to reserve: unchanged, and no second reservation of the same stock
        Http.Reply again = manager().post(L + "/sales-orders/" + id + "/reserve", null);
        ok(again);
        assertEquals("3.500", decimal(again.json().get("lines").get(0).get("reserved")));
        JsonNode third = manager().post(L + "/shipments", "{\"salesOrder\":" + id + "}").json();
        ok(manager().post(L + "/shipments/" + third.get("id").asLong() + "/dispatch", null));
        assertEquals("SHIPPED", get(L + "/sales-orders/" + id).get("status").asText());
        assertEquals("0.500,0.000,0.500", stock(sku, w, w + "-RECV"));
        // a shipped order has nothing to reserve
        assertProblem(manager().post(L + "/sales-orders/" + id + "/reserve", null), 409);
    }

    @Test
    public void cancellingReleasesTheReservationAndStopsShipping() throws Exception {
        String sku = unique("CUP-");
        String w = unique("X");
        product(sku, "PCE", "STOCKED");
        createWarehouse(w);
        receive(sku, "10", w, w + "-RECV");
        long id = confirm(order(createCustomer(), w, sku, "4", "3.00").get("id").asLong()).get("id").asLong();
        assertEquals("10,4,6", stock(sku, w, w + "-RECV"));
        long draftShipment = manager().post(L + "/shipments", "{\"salesOrder\":" + id + "}").json().get("id")
                .asLong();

        Http.Reply cancelled = manager().post(L + "/sales-orders/" + id + "/cancel", null);
        ok(cancelled);
        assertEquals("CANCELLED", cancelled.json().get("status").asText());
        assertEquals("0", decimal(cancelled.json().get("lines").get(0).get("reserved")));
        assertEquals("10,0,10", stock(sku, w, w + "-RECV"));
        Http.Reply twice = manager().post(L + "/sales-orders/" + id + "/cancel", null);
        assertProblem(twice, 409);
        assertEquals("CANCELLED", twice.json().get("orderStatus").asText());

        Http.Reply ship = manager().post(L + "/shipments", "{\"salesOrder\":" + id + "}");
        assertProblem(ship, 409);
        assertEquals("CANCELLED", ship.json().get("orderStatus").asText());
        assertTrue(ship.json().get("detail").asText(), ship.json().get("detail").asText().contains("CANCELLED"));
        Http.Reply dispatch = manager().post(L + "/shipments/" + draftShipment + "/dispatch", null);
        assertProblem(dispatch, 409);
        assertEquals("CANCELLED", dispatch.json().get("orderStatus").asText());
        assertProblem(manager().post(L + "/pick-lists", "{\"orders\":[" + id + "]}"), 409);
        assertEquals("10,0,10", stock(sku, w, w + "-RECV"));
        assertEquals(0, count(L + "/stock-moves?sku=" + sku + "&type=ISSUE"));
        assertEquals("DRAFT", get(L + "/shipments/" + draftShipment).get("status").asText());
    }

    @Test
    public void concurrentConfirmationsNeverOverReserve() throws Exception {
        String sku = unique("HOT-");
        String w = unique("C");
        product(sku, "PCE", "STOCKED");
        createWarehouse(w, w + "-A");
        receive(sku, "6", w, w + "-RECV");
        receive(sku, "4", w, w + "-A");
        String customer = createCustomer();
        int threads = 8;
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            orders.add(order(customer, w, sku, "3", "1.00").get("id").asLong()); // demand 24 against 10
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Http.Reply>> results = new ArrayList<>();
        for (long id : orders) {
            results.add(pool.submit(() -> {
                start.await();
                return http().as("stockkeeper").post(L + "/sales-orders/" + id + "/confirm", null);
            }));
        }
        start.countDown();
        BigDecimal reserved = BigDecimal.ZERO;
        int backordered = 0;
        for (Future<Http.Reply> result : results) {
            Http.Reply reply = result.get();
            ok(reply);
            JsonNode line = reply.json().get("lines").get(0);
            BigDecimal mine = line.get("reserved").decimalValue();
            assertEquals(reply.toString(), new BigDecimal("3"), mine.add(line.get("backordered").decimalValue()));
            reserved = reserved.add(mine);
            backordered += line.get("backordered").decimalValue().signum() > 0 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals("all 10 units reserved, never more", 0, new BigDecimal("10").compareTo(reserved));
        assertTrue("some orders are backordered", backordered >= 5);
        assertEquals("6,6,0", stock(sku, w, w + "-RECV"));
        assertEquals("4,4,0", stock(sku, w, w + "-A"));
        BigDecimal stored = BigDecimal.ZERO;
        for (long id : orders) {
            JsonNode order = get(L + "/sales-orders/" + id);
            assertEquals("CONFIRMED", order.get("status").asText());
            stored = stored.add(order.get("lines").get(0).get("reserved").decimalValue());
        }
        assertEquals(0, reserved.compareTo(stored));
    }

    @Test
    public void badInputIsRefusedAndWritesNothing() throws Exception {
        String sku = unique("BOLT-");
        String service = unique("SRV-");
        String w = unique("B");
        product(sku, "PCE", "STOCKED");
        product(service, "H", "SERVICE");
        createWarehouse(w);
        receive(sku, "10", w, w + "-RECV");
        String customer = createCustomer();
        String supplier = unique("SUP");
        createPartner(supplier, "\"SUPPLIER\"");
        JsonNode draftOrder = order(customer, w, sku, "2", "1.00");
        long draftId = draftOrder.get("id").asLong();
        long orders = count(L + "/sales-orders?limit=1");
        long shipments = count(L + "/shipments?limit=1");
        long pickLists = count(L + "/pick-lists?limit=1");

        String[][] cases = {
            {orderJson(customer, w, "NO-SUCH-SKU", "1", "1.00"), "422", "lines[0].sku", "does not exist"},
            {orderJson(customer, "NOPE", sku, "1", "1.00"), "422", "warehouse", "does not exist"},
            {orderJson(unique("NOBODY"), w, sku, "1", "1.00"), "422", "customer", "does not exist"},
            {orderJson(supplier, w, sku, "1", "1.00"), "422", "customer", "is not a customer"},
            {orderJson(customer, w, sku, "0", "1.00"), "422", "lines[0].quantity", "more than zero"},
            {orderJson(customer, w, sku, "-2", "1.00"), "422", "lines[0].quantity", "more than zero"},
            {orderJson(customer, w, sku, "1.5", "1.00"), "422", "lines[0].quantity", "whole number"},
            {orderJson(customer, w, service, "1.255", "1.00"), "422", "lines[0].quantity", "decimals"},
            {orderJson(customer, w, sku, "1", "-0.01"), "422", "lines[0].unitPrice", "zero or more"},
            {orderJson(customer, w, sku, "1", "0.001"), "422", "lines[0].unitPrice", "decimals"},
            {orderJson(customer, w).replace("EUR", "EURO"), "422", "currency", ""},
            {orderJson(customer, w), "422", "lines", ""},
            {orderJson(customer, w, sku, "1", "1").replace("\"lines\"", "\"discount\":5,\"lines\""), "400",
                "discount", ""},
        };
        for (String[] c : cases) {
            Http.Reply reply = manager().post(L + "/sales-orders", c[0]);
            assertProblem(reply, Integer.parseInt(c[1]));
            JsonNode errors = reply.json().get("errors");
            assertTrue(c[0] + " -> " + reply, errors != null && errors.toString().contains("\"field\":\"" + c[2]
                    + "\"") && errors.toString().contains(c[3]));
        }
        assertProblem(manager().get(L + "/sales-orders/999999999"), 404);
        assertProblem(manager().post(L + "/sales-orders/999999999/confirm", null), 404);
        assertProblem(manager().post(L + "/sales-orders/999999999/cancel", null), 404);
        assertProblem(manager().get(L + "/shipments/999999999"), 404);
        assertProblem(manager().post(L + "/shipments/999999999/dispatch", null), 404);
        assertProblem(manager().get(L + "/shipments/999999999/delivery-note", "text/plain"), 404);
        assertProblem(manager().get(L + "/pick-lists/999999999"), 404);
        Http.Reply unknownInWave = manager().post(L + "/pick-lists", "{\"orders\":[" + draftId + ",999999999]}");
        assertProblem(unknownInWave, 422);
        assertEquals("orders[1]", unknownInWave.json().get("errors").get(0).get("field").asText());
        assertProblem(manager().post(L + "/pick-lists", "{\"orders\":[]}"), 422);
        Http.Reply draftPick = manager().post(L + "/pick-lists", "{\"orders\":[" + draftId + "]}");
        assertProblem(draftPick, 409);
        assertEquals("DRAFT", draftPick.json().get("orderStatus").asText());
        Http.Reply unknownOrder = manager().post(L + "/shipments", "{\"salesOrder\":999999999}");
        assertProblem(unknownOrder, 422);
        assertEquals("salesOrder", unknownOrder.json().get("errors").get(0).get("field").asText());
        Http.Reply draftShip = manager().post(L + "/shipments", "{\"salesOrder\":" + draftId + "}");
        assertProblem(draftShip, 409);
        assertEquals("DRAFT", draftShip.json().get("orderStatus").asText());
        assertProblem(manager().get(L + "/sales-orders?status=LOST"), 422);
        assertProblem(manager().get(L + "/sales-orders?from=yesterday"), 422);
        assertProblem(manager().get(L + "/shipments?order=abc"), 422);
        assertProblem(manager().get(L + "/pick-lists?status=HALF"), 422);
        assertProblem(http().as("auditor").post(L + "/sales-orders", orderJson(customer, w, sku, "1", "1")), 403);
        assertProblem(http().as("viewer").get(L + "/sales-orders"), 403);

        // a confirmed order: a second confirmation, unknown SKUs and zero quantities on shipments
        long id = confirm(draftId).get("id").asLong();
        assertProblem(manager().post(L + "/sales-orders/" + id + "/confirm", null), 409);
        String[][] shipmentCases = {
            {"{\"salesOrder\":" + id + ",\"lines\":[{\"sku\":\"" + service + "\",\"quantity\":1}]}",
                "lines[0].sku"},
            {"{\"salesOrder\":" + id + ",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":0}]}", "lines[0].quantity"},
            {"{\"salesOrder\":" + id + ",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3}]}", "lines[0].quantity"},
            {"{\"salesOrder\":" + id + ",\"packages\":0}", "packages"},
            {"{\"lines\":[]}", "salesOrder"},
        };
        for (String[] c : shipmentCases) {
            Http.Reply reply = manager().post(L + "/shipments", c[0]);
            assertProblem(reply, 422);
            assertTrue(c[0] + " -> " + reply, reply.json().get("errors").toString().contains("\"field\":\"" + c[1]
                    + "\""));
        }
        assertEquals(orders, count(L + "/sales-orders?limit=1"));
        assertEquals(shipments, count(L + "/shipments?limit=1"));
        assertEquals(pickLists, count(L + "/pick-lists?limit=1"));
        assertEquals("10,2,8", stock(sku, w, w + "-RECV"));
        assertEquals(0, count(L + "/stock-moves?sku=" + sku + "&type=ISSUE"));
    }

    /** A draft without currency and requested date: the customer's currency (CHF here) and today (UTC). */
    @Test
    public void anOrderWithoutCurrencyAndDateTakesTheCustomersCurrencyAndToday() throws Exception {
        String sku = unique("BOLT-");
        String w = unique("D");
        product(sku, "PCE", "STOCKED");
        createWarehouse(w);
        String customer = unique("CHF");
        created(http().as("admin").post("/api/partners", "{\"code\":\"" + customer + "\",\"name\":\"Kunde "
                + customer + "\",\"roles\":[\"CUSTOMER\"],\"currency\":\"CHF\"}"));
        Http.Reply reply = manager().post(L + "/sales-orders", "{\"customer\":\"" + customer + "\",\"warehouse\":\""
                + w + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":2,\"unitPrice\":1.25}]}");
        created(reply);
        assertEquals("CHF", reply.json().get("currency").asText());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), reply.json().get("requestedDate").asText());
        assertEquals("2.50", decimal(reply.json().get("total")));
    }

    /** Sold in boxes of 12, reserved and shipped in pieces: the line keeps both, the total is the boxes' price. */
    @Test
    public void aLineSoldInBoxesIsReservedAndShippedInTheProductsUnit() throws Exception {
        String sku = unique("CUP-");
        String w = unique("B");
        product(sku, "PCE", "STOCKED");
        createWarehouse(w);
        receive(sku, "30", w, w + "-RECV");
        assertEquals(200, manager().put(L + "/products/" + sku + "/units/XBX", "{\"factor\":12}").status());
        String customer = unique("C-");
        created(http().as("admin").post("/api/partners", "{\"code\":\"" + customer + "\",\"name\":\"Kunde\","
                + "\"roles\":[\"CUSTOMER\"],\"currency\":\"EUR\"}"));
        String body = "{\"customer\":\"" + customer + "\",\"warehouse\":\"" + w + "\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":2,\"unit\":\"XBX\",\"unitPrice\":30.00}]}";
        Http.Reply reply = manager().post(L + "/sales-orders", body);
        created(reply);
        JsonNode line = reply.json().get("lines").get(0);
        assertEquals("24", decimal(line.get("quantity")));
        assertEquals("PCE", line.get("uom").asText());
        assertEquals("XBX", line.get("orderUnit").asText());
        assertEquals("2", decimal(line.get("orderQuantity")));
        assertEquals("30.00", decimal(line.get("orderUnitPrice")));
        assertEquals("2.5", decimal(line.get("unitPrice")));
        assertEquals("60.00", decimal(reply.json().get("total")));
        long id = reply.json().get("id").asLong();
        JsonNode confirmed = confirm(id);
        assertEquals("24", decimal(confirmed.get("lines").get(0).get("reserved")));
        assertEquals("30,24,6", stock(sku, w, w + "-RECV"));

        long orders = count(L + "/sales-orders?customer=" + customer);
        Http.Reply unknown = manager().post(L + "/sales-orders", body.replace("XBX", "XCT"));
        assertField(unknown, "lines[0].unit", "has no conversion for unit 'XCT'");
        assertField(manager().post(L + "/sales-orders", body.replace("\"quantity\":2", "\"quantity\":1.5")),
                "lines[0].quantity", "whole number for unit XBX");
        assertEquals(orders, count(L + "/sales-orders?customer=" + customer));
    }

    @Test
    public void shellCommands() throws Exception {
        String sku = unique("SH-");
        String w = unique("S");
        product(sku, "PCE", "STOCKED");
        createWarehouse(w);
        receive(sku, "5", w, w + "-RECV");
        String customer = createCustomer();
        JsonNode draft = order(customer, w, sku, "3", "2.50");
        long id = draft.get("id").asLong();
        String number = draft.get("number").asText();

        String listed = shell("logistics:order-list --status DRAFT --customer " + customer);
        assertTrue(listed, listed.contains(number) && listed.contains("DRAFT") && listed.contains("7.50")
                && listed.contains("1 of 1 sales orders"));
        String confirmed = shell("logistics:order-confirm " + id);
        assertTrue(confirmed, confirmed.contains(number + " CONFIRMED") && confirmed.contains(sku));
        String picked = shell("logistics:pick " + id);
        assertTrue(picked, picked.contains("Pick list") && picked.contains(w + "-RECV") && picked.contains("3 PCE"));
        Matcher listId = Pattern.compile("Pick list (\\d+) ").matcher(picked);
        assertTrue(picked, listId.find());
        long lineId = get(L + "/pick-lists/" + listId.group(1)).get("lines").get(0).get("id").asLong();
        String short1 = shell("logistics:pick-confirm " + listId.group(1) + " " + lineId + " 2");
        assertTrue(short1, short1.contains("DONE"));
        String shipped = shell("logistics:ship --carrier UPS --tracking 1Z999 " + id);
        assertTrue(shipped, shipped.contains("DISPATCHED") && shipped.contains("UPS") && shipped.contains("1Z999")
                && shipped.contains("5.00"));
        assertEquals("PARTIALLY_SHIPPED", get(L + "/sales-orders/" + id).get("status").asText());
        assertEquals("3,1,2", stock(sku, w, w + "-RECV"));
        long shipmentId = get(L + "/shipments?order=" + id).get("items").get(0).get("id").asLong();
        String note = shell("logistics:delivery-note " + shipmentId);
        assertTrue(note, note.contains("DELIVERY NOTE SH-") && note.contains(number) && note.contains("Lindenweg 7")
                && note.contains("UPS") && note.contains("1Z999") && note.contains(sku));
        try {
            shell("logistics:order-confirm " + id);
            throw new AssertionError("confirming a shipped order was accepted");
        } catch (Exception refused) {
            assertTrue(refused.toString(), refused.getMessage().contains("PARTIALLY_SHIPPED"));
        }
        assertTrue(shell("logistics:order-list --status PARTIALLY_SHIPPED").contains(number));
    }

    /** The customer check follows the partners module: gone, any code is accepted; back, unknown codes are refused. */
    @Test
    public void withoutThePartnersModuleTheCustomerIsTakenAsGiven() throws Exception {
        String sku = unique("NP-");
        String w = unique("N");
        product(sku, "PCE", "STOCKED");
        createWarehouse(w);
        String stranger = unique("WALKIN");
        assertProblem(manager().post(L + "/sales-orders", orderJson(stranger, w, sku, "1", "1.00")), 422);
        features.uninstallFeature("backoffice-partners", EnumSet.noneOf(FeaturesService.Option.class));
        try {
            eventually(20_000, "partners gone", () -> http().as("admin").get("/api/partners").status() == 404);
            Http.Reply accepted = manager().post(L + "/sales-orders", orderJson(stranger, w, sku, "1", "1.00"));
            created(accepted);
            assertEquals(stranger, accepted.json().get("customer").asText());
        } finally {
            features.installFeature("backoffice-partners", EnumSet.noneOf(FeaturesService.Option.class));
        }
        // the REST servlet reloads when the partners resource comes back: wait for that before the next test
        eventually(20_000, "partners back", () -> http().as("admin").get("/api/partners").status() == 200);
        eventually(20_000, "customers checked again", () -> manager().post(L + "/sales-orders",
                orderJson(unique("WALKIN"), w, sku, "1", "1.00")).status() == 422);
    }
}
