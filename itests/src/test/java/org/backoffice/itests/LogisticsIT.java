package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The logistics module on a server that has only the platform and partners besides it: products, warehouses and
 * locations, stock moves and the stock they leave, refusals that write nothing, concurrent issues that never take
 * stock below zero, the shell, and hot uninstall/reinstall keeping the data.
 */
@ExamReactorStrategy(PerSuite.class)
public class LogisticsIT extends LogisticsTestSupport {

    @Override
    @Configuration
    public Option[] configuration() throws java.io.IOException {
        return logisticsOptions().toArray(new Option[0]);
    }

    @Before
    public void installLogistics() throws Exception {
        logisticsReady(L + "/warehouses");
    }

    private static String product(String sku, String uom, String type, String gtin) {
        return "{\"sku\":\"" + sku + "\",\"name\":\"Produkt " + sku + " · 製品\",\"uom\":\"" + uom + "\",\"type\":\""
                + type + "\"" + (gtin == null ? "" : ",\"gtin\":\"" + gtin + "\"")
                + ",\"standardCost\":0.80,\"listPrice\":1.95,\"currency\":\"EUR\"}";
    }

    private static String move(String type, String sku, String quantity, String... more) {
        StringBuilder json = new StringBuilder("{\"type\":\"" + type + "\",\"sku\":\"" + sku + "\",\"quantity\":"
                + quantity);
        for (int i = 0; i < more.length; i += 2) {
            json.append(",\"").append(more[i]).append("\":\"").append(more[i + 1]).append('"');
        }
        return json.append('}').toString();
    }

    private static Http.Reply post(String json) throws Exception {
        return manager().post(L + "/stock-moves", json);
    }

    private static JsonNode moved(String json) throws Exception {
        Http.Reply reply = post(json);
        assertEquals(reply.toString(), 201, reply.status());
        assertTrue(reply.header("Location"), reply.header("Location").contains(L + "/stock-moves/"));
        return reply.json();
    }

    private static void assertDecimal(String expected, JsonNode actual) {
        assertDecimal(expected, actual.decimalValue());
    }

    /** The exact decimal, scale included: {@code 2.500} KG is not {@code 2.5}. */
    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(expected, actual.toPlainString());
    }

    @Test
    public void productsAreCreatedReadUpdatedAndListed() throws Exception {
        Http admin = manager();
        String sku = unique("PEN-");
        Http.Reply created = admin.post(L + "/products", product(sku, "PCE", "STOCKED", gtinFor(sku)));
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.header("Location").endsWith(L + "/products/" + sku));
        JsonNode body = created.json();
        assertEquals("PCE", body.get("uom").asText());
        assertDecimal("0.80", body.get("standardCost"));
        assertTrue(body.get("active").asBoolean());
        long version = body.get("version").asLong();

        JsonNode read = admin.get(L + "/products/" + sku).json();
        assertEquals("Produkt " + sku + " · 製品", read.get("name").asText());
        assertEquals(gtinFor(sku), read.get("gtin").asText());

        Http.Reply updated = admin.put(L + "/products/" + sku, "{\"name\":\"Ballpoint pen\",\"uom\":\"PCE\","
                + "\"type\":\"STOCKED\",\"gtin\":\"" + gtinFor(sku) + "\",\"standardCost\":0.85,\"listPrice\":2.10,"
                + "\"currency\":\"EUR\",\"version\":" + version + "}");
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals("Ballpoint pen", updated.json().get("name").asText());
        assertTrue(updated.json().get("version").asLong() > version);
        Http.Reply stale = admin.put(L + "/products/" + sku, "{\"name\":\"Stale\",\"uom\":\"PCE\","
                + "\"type\":\"STOCKED\",\"version\":" + version + "}");
        assertProblem(stale, 409);
        assertEquals(updated.json().get("version").asLong(), stale.json().get("currentVersion").asLong());
        assertEquals("Ballpoint pen", admin.get(L + "/products/" + sku).json().get("name").asText());

        Http.Reply badGtin = admin.post(L + "/products", product(unique("BAD-"), "PCE", "STOCKED", "4006381333932"));
        assertProblem(badGtin, 422);
        JsonNode error = badGtin.json().get("errors").get(0);
        assertEquals("gtin", error.get("field").asText());
        assertTrue(error.toString(), error.get("message").asText().contains("check digit")
                && error.get("message").asText().contains("must be 1"));
        assertProblem(admin.post(L + "/products", product(unique("BAD-"), "PCE", "STOCKED", "12345")), 422);
        assertProblem(admin.post(L + "/products", product(sku, "PCE", "STOCKED", null)), 409);
        Http.Reply takenGtin = admin.post(L + "/products", product(unique("DUP-"), "PCE", "STOCKED", gtinFor(sku)));
        assertProblem(takenGtin, 409);
        assertEquals("gtin", takenGtin.json().get("field").asText());
        Http.Reply cents = admin.post(L + "/products", product(unique("C-"), "PCE", "STOCKED", null)
                .replace("0.80", "0.805"));
        assertProblem(cents, 422);
        assertEquals("standardCost", cents.json().get("errors").get(0).get("field").asText());
        assertField(admin.post(L + "/products", product(unique("U-"), "GALLON", "STOCKED", null)), "uom",
                "unknown unit 'GALLON'");
        assertProblem(admin.post(L + "/products", product("has space", "PCE", "STOCKED", null)), 422);
        assertProblem(admin.get(L + "/products/NO-SUCH-SKU"), 404);

        assertTrue(admin.get(L + "/products?q=" + sku.toLowerCase() + "&type=STOCKED&active=true").body()
                .contains("\"sku\":\"" + sku + "\""));
        assertProblem(admin.get(L + "/products/" + sku + "/deactivate"), 405);
        assertFalse(admin.post(L + "/products/" + sku + "/deactivate", null).json().get("active").asBoolean());
        assertFalse(admin.get(L + "/products?q=" + sku + "&active=true").body().contains(sku));
        assertTrue(admin.get(L + "/products?q=" + sku + "&active=false").body().contains(sku));
        assertTrue(admin.post(L + "/products/" + sku + "/activate", null).json().get("active").asBoolean());
        assertProblem(admin.get(L + "/products?type=GADGET"), 422);
        assertProblem(admin.get(L + "/products?active=yes"), 422);

        // roles: the viewer reads, only the manager writes; others see nothing
        assertEquals(200, http().as("auditor").get(L + "/products/" + sku).status());
        assertProblem(http().as("auditor").post(L + "/products", product(unique("V-"), "PCE", "STOCKED", null)),
                403);
        assertProblem(http().as("viewer").get(L + "/products/" + sku), 403);
        // create, update, deactivate, activate: the stale update left no trace
        assertEquals(4, http().as("admin").get("/api/audit?module=logistics&entity=Product&entityId=" + sku)
                .json().get("total").asInt());
    }

    /** A valid GTIN-13 derived from the SKU, so every run uses fresh (unique) GTINs. */
    private static String gtinFor(String sku) {
        String digits = String.format("200%09d", Math.abs(sku.hashCode()) % 1_000_000_000);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return digits + (10 - sum % 10) % 10;
    }

    @Test
    public void warehousesComeWithRootReceivingAndShippingLocations() throws Exception {
        Http admin = manager();
        String code = unique("W");
        Http.Reply created = admin.post(L + "/warehouses", "{\"code\":\"" + code + "\",\"name\":\"Zentrallager\","
                + "\"address\":{\"street\":\"Hafenstr. 3\",\"city\":\"Hamburg\",\"postalCode\":\"20457\","
                + "\"country\":\"DE\"}}");
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.header("Location").endsWith(L + "/warehouses/" + code));
        assertEquals("Hamburg", admin.get(L + "/warehouses/" + code).json().get("address").get("city").asText());
        assertTrue(admin.get(L + "/warehouses?limit=500").body().contains("\"code\":\"" + code + "\""));

        JsonNode locations = admin.get(L + "/warehouses/" + code + "/locations").json();
        assertEquals(locations.toString(), 3, locations.size());
        assertEquals(code, locations.get(0).get("code").asText());
        assertTrue(locations.get(0).get("parent").isNull());
        assertEquals(code + "-RECV", locations.get(1).get("code").asText());
        assertEquals(code, locations.get(1).get("parent").asText());
        assertEquals(code + "-SHIP", locations.get(2).get("code").asText());

        Http.Reply aisle = admin.post(L + "/warehouses/" + code + "/locations",
                "{\"code\":\"" + code + "-A\",\"name\":\"Aisle A\"}");
        assertEquals(aisle.toString(), 201, aisle.status());
        assertEquals(201, admin.post(L + "/warehouses/" + code + "/locations", "{\"code\":\"" + code + "-A-01\","
                + "\"name\":\"Aisle A, bin 1\",\"parent\":\"" + code + "-A\"}").status());
        locations = admin.get(L + "/warehouses/" + code + "/locations").json();
        assertEquals(5, locations.size());
        assertEquals(code + "-A", locations.get(1).get("code").asText()); // parents before children
        assertEquals(code + "-A-01", locations.get(2).get("code").asText());
        assertEquals(code + "-A", locations.get(2).get("parent").asText());

        assertProblem(admin.post(L + "/warehouses/" + code + "/locations", "{\"code\":\"" + code + "-A\","
                + "\"name\":\"Again\"}"), 409);
        Http.Reply orphan = admin.post(L + "/warehouses/" + code + "/locations", "{\"code\":\"X1\",\"name\":\"X\","
                + "\"parent\":\"NOPE\"}");
        assertProblem(orphan, 422);
        assertEquals("parent", orphan.json().get("errors").get(0).get("field").asText());
        assertProblem(admin.post(L + "/warehouses/NOPE/locations", "{\"code\":\"X1\",\"name\":\"X\"}"), 404);
        assertProblem(admin.post(L + "/warehouses", "{\"code\":\"" + code + "\",\"name\":\"Dup\"}"), 409);
        Http.Reply country = admin.post(L + "/warehouses", "{\"code\":\"" + unique("W") + "\",\"name\":\"X\","
                + "\"address\":{\"city\":\"Nowhere\",\"country\":\"XX\"}}");
        assertProblem(country, 422);
        assertEquals("address.country", country.json().get("errors").get(0).get("field").asText());
        assertProblem(admin.get(L + "/warehouses/NOPE"), 404);
        assertProblem(admin.get(L + "/warehouses/NOPE/locations"), 404);

        // rename and move a warehouse: with the version read; a stale version is 409 and changes nothing
        long version = admin.get(L + "/warehouses/" + code).json().get("version").asLong();
        Http.Reply renamed = admin.put(L + "/warehouses/" + code, "{\"name\":\"Zentrallager Nord\",\"version\":"
                + version + ",\"address\":{\"city\":\"Kiel\",\"country\":\"DE\"}}");
        assertEquals(renamed.toString(), 200, renamed.status());
        assertEquals("Kiel", renamed.json().get("address").get("city").asText());
        assertProblem(admin.put(L + "/warehouses/" + code, "{\"name\":\"Stale\",\"version\":" + version + "}"), 409);
        assertProblem(admin.put(L + "/warehouses/" + code, "{\"name\":\"No version\"}"), 422);
        assertProblem(admin.put(L + "/warehouses/NOPE", "{\"name\":\"X\",\"version\":0}"), 404);
        assertEquals("Zentrallager Nord", admin.get(L + "/warehouses/" + code).json().get("name").asText());

        // deactivating: refused for default locations, for a parent with active children and while stock is there
        String bin = code + "-A-01";
        assertProblem(admin.put(L + "/warehouses/" + code + "/locations/" + code + "-RECV", "{\"active\":false}"), 409);
        assertProblem(admin.put(L + "/warehouses/" + code + "/locations/" + code + "-A", "{\"active\":false}"), 409);
        assertProblem(admin.put(L + "/warehouses/" + code + "/locations/" + bin, "{\"parent\":\"" + code + "\"}"),
                422);
        assertProblem(admin.put(L + "/warehouses/" + code + "/locations/NOPE", "{\"active\":false}"), 404);
        String sku = unique("BIN-");
        createProduct(sku, "PCE");
        moved(move("RECEIPT", sku, "2", "warehouse", code, "location", bin));
        Http.Reply holding = admin.put(L + "/warehouses/" + code + "/locations/" + bin, "{\"active\":false}");
        assertProblem(holding, 409);
        assertTrue(holding.body(), holding.body().contains("still holds stock"));
        moved(move("TRANSFER", sku, "2", "warehouse", code, "location", bin, "toLocation", code + "-SHIP"));
        // empty now: deactivated through the shell, then moves into it are refused
        String shell = shell("logistics:location-set --inactive --name \"Bin 1 (closed)\" " + code + " " + bin);
        assertTrue(shell, shell.contains("inactive"));
        JsonNode closed = admin.get(L + "/warehouses/" + code + "/locations").json().get(2);
        assertEquals(bin, closed.get("code").asText());
        assertFalse(closed.get("active").asBoolean());
        assertEquals("Bin 1 (closed)", closed.get("name").asText());
        assertProblem(admin.post(L + "/stock-moves", move("RECEIPT", sku, "1", "warehouse", code, "location", bin)),
                422);
        assertEquals(200, admin.put(L + "/warehouses/" + code + "/locations/" + bin, "{\"active\":true}").status());
        // create, rename + deactivate, activate
        assertEquals(3, http().as("admin").get("/api/audit?module=logistics&entity=Location&entityId=" + code + "/"
                + bin).json().get("total").asInt());
    }

    @Test
    public void receiptsTransfersIssuesAndAdjustmentsKeepStockAndLedgerRight() throws Exception {
        Http admin = manager();
        String sku = unique("FLOUR-");
        String w1 = unique("H");
        String w2 = unique("M");
        createProduct(sku, "KG");
        createWarehouse(w1);
        createWarehouse(w2);
        assertEquals(201, admin.post(L + "/warehouses/" + w1 + "/locations", "{\"code\":\"" + w1 + "-A1\","
                + "\"name\":\"Aisle 1\"}").status());

        JsonNode receipt = moved(move("RECEIPT", sku, "12.25", "warehouse", w1, "reference", "DN-4711"));
        assertEquals(w1 + "-RECV", receipt.get("toLocation").asText()); // the receiving location by default
        assertTrue(receipt.get("fromLocation").isNull());
        assertDecimal("12.250", receipt.get("quantity"));
        assertEquals("stockkeeper", receipt.get("user").asText());
        assertEquals(receipt.toString(), admin.get(L + "/stock-moves/" + receipt.get("id").asLong()).json()
                .toString());
        moved(move("TRANSFER", sku, "5", "warehouse", w1, "location", w1 + "-RECV", "toLocation", w1 + "-A1"));
        JsonNode between = moved(move("TRANSFER", sku, "2.5", "warehouse", w1, "location", w1 + "-A1",
                "toWarehouse", w2));
        assertEquals(w2 + "-RECV", between.get("toLocation").asText());

        // the shipping location is the default source of an issue, and it is empty: 409 with what is available
        Http.Reply empty = post(move("ISSUE", sku, "1", "warehouse", w1));
        assertProblem(empty, 409);
        assertDecimal("0.000", empty.json().get("available"));
        assertEquals(w1 + "-SHIP", empty.json().get("location").asText());
        moved(move("ISSUE", sku, "1.125", "warehouse", w1, "location", w1 + "-RECV", "reference", "SO-1"));
        Http.Reply tooMuch = post(move("ISSUE", sku, "100", "warehouse", w1, "location", w1 + "-A1"));
        assertProblem(tooMuch, 409);
        assertDecimal("2.500", tooMuch.json().get("available"));
        assertDecimal("100.000", tooMuch.json().get("requested"));
        assertProblem(post(move("TRANSFER", sku, "2.501", "warehouse", w1, "location", w1 + "-A1", "toLocation",
                w1 + "-SHIP")), 409);

        JsonNode stock = admin.get(L + "/stock?sku=" + sku).json();
        assertEquals(stock.toString(), 3, stock.get("total").asInt());
        JsonNode first = stock.get("items").get(0);
        assertEquals(w1, first.get("warehouse").asText());
        assertEquals(w1 + "-A1", first.get("location").asText());
        assertDecimal("2.500", first.get("onHand"));
        assertDecimal("0.000", first.get("reserved"));
        assertDecimal("2.500", first.get("available"));
        assertEquals(w1 + "-RECV", stock.get("items").get(1).get("location").asText());
        assertDecimal("6.125", stock.get("items").get(1).get("onHand"));
        assertDecimal("2.500", stock.get("items").get(2).get("onHand"));
        JsonNode totals = stock.get("warehouses");
        assertEquals(2, totals.size());
        assertEquals(w1, totals.get(0).get("warehouse").asText());
        assertDecimal("8.625", totals.get(0).get("onHand"));
        assertDecimal("2.500", totals.get(1).get("onHand"));

        Http.Reply noReason = post(move("ADJUSTMENT", sku, "-0.125", "warehouse", w1, "location", w1 + "-RECV"));
        assertProblem(noReason, 422);
        assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());
        JsonNode down = moved(move("ADJUSTMENT", sku, "-0.125", "warehouse", w1, "location", w1 + "-RECV",
                "reason", "spillage"));
        assertEquals(w1 + "-RECV", down.get("fromLocation").asText());
        assertDecimal("0.125", down.get("quantity"));
        moved(move("ADJUSTMENT", sku, "0.5", "warehouse", w2, "location", w2 + "-RECV", "reason", "found on count"));
        assertDecimal("6.000", onHand(sku, w1, w1 + "-RECV"));
        assertDecimal("3.000", onHand(sku, w2, w2 + "-RECV"));

        // running quantities: all warehouses (transfers change nothing), then one warehouse at a time
        JsonNode all = admin.get(L + "/products/" + sku + "/ledger").json();
        List<String> types = new ArrayList<>();
        List<String> balances = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (JsonNode line : all.get("lines")) {
            types.add(line.get("type").asText());
            balances.add(line.get("balance").decimalValue().toPlainString());
            changes.add(line.get("change").decimalValue().toPlainString());
        }
        assertEquals(List.of("RECEIPT", "TRANSFER", "TRANSFER", "ISSUE", "ADJUSTMENT", "ADJUSTMENT"), types);
        assertEquals(List.of("12.250", "0.000", "0.000", "-1.125", "-0.125", "0.500"), changes);
        assertEquals(List.of("12.250", "12.250", "12.250", "11.125", "11.000", "11.500"), balances);
        assertDecimal("11.500", all.get("onHand"));
        JsonNode one = admin.get(L + "/products/" + sku + "/ledger?warehouse=" + w1).json();
        List<String> w1Balances = new ArrayList<>();
        for (JsonNode line : one.get("lines")) {
            w1Balances.add(line.get("balance").decimalValue().toPlainString());
        }
        assertEquals(List.of("12.250", "12.250", "9.750", "8.625", "8.500"), w1Balances);
        assertDecimal("8.500", one.get("onHand"));
        assertDecimal("3.000", admin.get(L + "/products/" + sku + "/ledger?warehouse=" + w2).json().get("onHand"));
        assertProblem(admin.get(L + "/products/" + sku + "/ledger?warehouse=NOPE"), 404);
        assertProblem(admin.get(L + "/products/NOPE/ledger"), 404);

        // move lists and filters
        assertEquals(2, admin.get(L + "/stock-moves?sku=" + sku + "&type=TRANSFER").json().get("total").asInt());
        assertEquals(2, admin.get(L + "/stock-moves?sku=" + sku + "&warehouse=" + w2).json().get("total").asInt());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(6, admin.get(L + "/stock-moves?sku=" + sku + "&from=" + today + "&to=" + today).json()
                .get("total").asInt());
        assertEquals(0, admin.get(L + "/stock-moves?sku=" + sku + "&from=" + tomorrow).json().get("total").asInt());
        assertProblem(admin.get(L + "/stock-moves?from=yesterday"), 422);
        JsonNode newest = admin.get(L + "/stock-moves?sku=" + sku + "&limit=1").json();
        assertEquals(6, newest.get("total").asInt());
        assertEquals("ADJUSTMENT", newest.get("items").get(0).get("type").asText());

        // the unit of a product with moves cannot change; audited and announced moves
        JsonNode product = admin.get(L + "/products/" + sku).json();
        assertProblem(admin.put(L + "/products/" + sku, "{\"name\":\"Flour\",\"uom\":\"L\",\"type\":\"STOCKED\","
                + "\"version\":" + product.get("version").asLong() + "}"), 409);
        JsonNode moveAudit = http().as("admin").get("/api/audit?module=logistics&entity=StockMove&entityId="
                + receipt.get("id").asLong()).json();
        assertEquals(1, moveAudit.get("total").asInt());
        JsonNode summary = moveAudit.get("items").get(0).get("changes").get(0);
        assertEquals("move", summary.get("field").asText());
        assertEquals("RECEIPT 12.25 KG " + sku + " to " + w1 + "/" + w1 + "-RECV; reference: DN-4711",
                summary.get("newValue").asText());
        eventually(5_000, "STOCK_MOVED events", () -> http().as("admin")
                .get("/api/events?topic=org/backoffice/logistics/STOCK_MOVED&limit=500").body()
                .contains("\"key\":\"" + sku + "\""));
    }

    @Test
    public void badMovesAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        Http admin = manager();
        String sku = unique("BOLT-");
        String service = unique("SRV-");
        String w = unique("B");
        createProduct(sku, "PCE");
        assertEquals(201, admin.post(L + "/products", product(service, "H", "SERVICE", null)).status());
        createWarehouse(w);
        assertEquals(201, admin.post(L + "/warehouses/" + w + "/locations", "{\"code\":\"" + w + "-OLD\","
                + "\"name\":\"Closed\",\"active\":false}").status());
        moved(move("RECEIPT", sku, "10", "warehouse", w));
        long before = moveCount();
        String[][] cases = {
            {move("RECEIPT", "NO-SUCH-SKU", "1", "warehouse", w), "422", "sku"},
            {move("RECEIPT", service, "1", "warehouse", w), "422", "sku"},
            {move("RECEIPT", sku, "1", "warehouse", "NOPE"), "422", "warehouse"},
            {move("RECEIPT", sku, "1", "warehouse", w, "location", "NOPE"), "422", "location"},
            {move("RECEIPT", sku, "1", "warehouse", w, "location", w + "-OLD"), "422", "location"},
            {move("RECEIPT", sku, "0", "warehouse", w), "422", "quantity"},
            {move("RECEIPT", sku, "-1", "warehouse", w), "422", "quantity"},
            {move("RECEIPT", sku, "1.5", "warehouse", w), "422", "quantity"},
            {move("ADJUSTMENT", sku, "0", "warehouse", w, "location", w + "-RECV", "reason", "x"), "422", "quantity"},
            {move("TRANSFER", sku, "1", "warehouse", w, "location", w + "-RECV", "toLocation", w + "-RECV"), "422",
                "toLocation"},
            {move("TRANSFER", sku, "1", "warehouse", w, "location", w + "-RECV"), "422", "toLocation"},
            {move("TRANSFER", sku, "1", "warehouse", w, "location", w + "-RECV", "toWarehouse", "NOPE"), "422",
                "toWarehouse"},
            {move("RECEIPT", sku, "1", "warehouse", w, "toLocation", w + "-SHIP"), "422", "toLocation"},
            {move("ISSUE", sku, "1"), "422", "warehouse"},
            {"{\"sku\":\"" + sku + "\",\"quantity\":1,\"warehouse\":\"" + w + "\"}", "422", "type"},
            {move("STEAL", sku, "1", "warehouse", w), "400", "type"},
            {move("RECEIPT", sku, "\"many\"", "warehouse", w), "400", "quantity"},
            {move("RECEIPT", sku, "1", "warehouse", w, "price", "1.00"), "400", "price"},
        };
        for (String[] c : cases) {
            Http.Reply reply = post(c[0]);
            assertProblem(reply, Integer.parseInt(c[1]));
            JsonNode errors = reply.json().get("errors");
            assertTrue(c[0] + " -> " + reply, errors != null && errors.toString().contains("\"field\":\"" + c[2]
                    + "\""));
        }
        Http.Reply overIssue = post(move("ISSUE", sku, "11", "warehouse", w, "location", w + "-RECV"));
        assertProblem(overIssue, 409);
        assertDecimal("10", overIssue.json().get("available"));
        assertProblem(http().as("auditor").post(L + "/stock-moves", move("RECEIPT", sku, "1", "warehouse", w)), 403);
        assertEquals("nothing written", before, moveCount());
        assertDecimal("10", onHand(sku, w, w + "-RECV"));
        assertEquals(0, admin.get(L + "/stock?sku=" + service).json().get("items").size());
    }

    @Test
    public void concurrentIssuesNeverTakeStockBelowZero() throws Exception {
        String sku = unique("HOT-");
        String w = unique("C");
        createProduct(sku, "PCE");
        createWarehouse(w);
        int initial = 20;
        moved(move("RECEIPT", sku, Integer.toString(initial), "warehouse", w, "location", w + "-SHIP"));

        int threads = 8;
        int issuesPerThread = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<int[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int quantity = 1 + t % 3; // 1, 2 or 3 units: demand is 64 units against 20
            results.add(pool.submit(() -> {
                Http client = http().as("stockkeeper");
                int issued = 0;
                int refused = 0;
                start.await();
                for (int i = 0; i < issuesPerThread; i++) {
                    Http.Reply reply = client.post(L + "/stock-moves", move("ISSUE", sku, Integer.toString(quantity),
                            "warehouse", w));
                    if (reply.status() == 201) {
                        issued += quantity;
                    } else {
                        assertProblem(reply, 409);
                        BigDecimal available = reply.json().get("available").decimalValue();
                        assertTrue(reply.toString(), available.signum() >= 0
                                && available.compareTo(BigDecimal.valueOf(quantity)) < 0);
                        refused++;
                    }
                }
                return new int[] {issued, refused, refused > 0 ? quantity : Integer.MAX_VALUE};
            }));
        }
        start.countDown();
        int issued = 0;
        int refused = 0;
        int smallestRefused = Integer.MAX_VALUE;
        for (Future<int[]> result : results) {
            int[] counts = result.get();
            issued += counts[0];
            refused += counts[1];
            smallestRefused = Math.min(smallestRefused, counts[2]);
        }
        pool.shutdown();
        assertTrue("some issues were refused", refused > 0);
        assertTrue("stock was issued", issued > 0 && issued <= initial);
        BigDecimal left = onHand(sku, w, w + "-SHIP");
        assertEquals(BigDecimal.valueOf(initial - issued), left);
        JsonNode ledger = manager().get(L + "/products/" + sku + "/ledger").json();
        assertEquals(left, ledger.get("onHand").decimalValue());
        long issues = manager().get(L + "/stock-moves?sku=" + sku + "&type=ISSUE").json().get("total").asLong();
        assertEquals(threads * issuesPerThread - refused, issues);
        // stock only went down, so what is left cannot cover any request that was refused
        assertTrue(left + " left, a request for " + smallestRefused + " was refused",
                left.compareTo(BigDecimal.valueOf(smallestRefused)) < 0);
    }

    @Test
    public void shellCommands() throws Exception {
        String sku = unique("SH-");
        String w = unique("S");
        String added = shell("logistics:product-add --gtin 96385074 --cost 1.20 --price 2.50 --currency EUR " + sku
                + " \"Shell product\" PCE");
        assertTrue(added, added.contains("Product " + sku + " added"));
        String products = shell("logistics:product-list --query " + sku);
        assertTrue(products, products.contains(sku) && products.contains("Shell product")
                && products.contains("96385074") && products.contains("2.50"));
        assertTrue(shell("logistics:warehouse-add --city Lyon --country FR " + w + " \"Entrepôt\"")
                .contains(w + "-RECV"));
        String warehouses = shell("logistics:warehouse-list");
        assertTrue(warehouses, warehouses.contains(w) && warehouses.contains("Lyon, FR"));
        // Karaf reads options before the arguments
        String receipt = shell("logistics:move --warehouse " + w + " RECEIPT " + sku + " 30");
        assertTrue(receipt, receipt.contains("RECEIPT 30 " + sku + " to " + w + "/" + w + "-RECV"));
        String transfer = shell("logistics:move -w " + w + " -l " + w + "-RECV --to-location " + w + "-SHIP TRANSFER "
                + sku + " 12");
        assertTrue(transfer, transfer.contains("from " + w + "/" + w + "-RECV to " + w + "/" + w + "-SHIP"));
        assertTrue(shell("logistics:move --warehouse " + w + " ISSUE " + sku + " 5").contains("ISSUE 5"));
        String adjusted = shell("logistics:move -w " + w + " -l " + w + "-RECV --reason broken ADJUSTMENT " + sku
                + " -1");
        assertTrue(adjusted, adjusted.contains("ADJUSTMENT 1 " + sku + " from " + w + "/" + w + "-RECV"));
        String stock = shell("logistics:stock --warehouse " + w + " " + sku);
        assertTrue(stock, stock.contains(w + "-RECV") && stock.contains("17") && stock.contains(w + "-SHIP")
                && stock.contains("7") && stock.contains("TOTAL") && stock.contains("24"));
        String ledger = shell("logistics:ledger " + sku);
        assertTrue(ledger, ledger.contains("broken") && ledger.contains("on hand 24 PCE"));
    }

    /** Last in spirit: uninstalling keeps the data, and the module comes back with it (the tests above reinstall). */
    @Test
    public void uninstallAndReinstallKeepTheData() throws Exception {
        Http admin = manager();
        String sku = unique("KEEP-");
        String w = unique("K");
        createProduct(sku, "L");
        createWarehouse(w);
        moved(move("RECEIPT", sku, "7.5", "warehouse", w));
        assertTrue(http().as("admin").get("/api/modules").body().contains("\"logistics\""));

        features.uninstallFeature("backoffice-logistics", EnumSet.noneOf(FeaturesService.Option.class));
        eventually(10_000, "logistics gone", () -> admin.get(L + "/products/" + sku).status() == 404
                && admin.get(L + "/warehouses").status() == 404);
        assertFalse(http().as("admin").get("/api/modules").body().contains("\"logistics\""));
        assertEquals(200, http().as("admin").get("/api/partners").status());

        features.installFeature("backoffice-logistics", EnumSet.noneOf(FeaturesService.Option.class));
        // every logistics resource, not just the first one back: the REST servlet reloads as each one registers
        eventually(20_000, "logistics back", () -> admin.get(L + "/products/" + sku).status() == 200
                && admin.get(L + "/stock?sku=" + sku).status() == 200);
        assertDecimal("7.500", admin.get(L + "/stock?sku=" + sku).json().get("items").get(0).get("onHand"));
        assertEquals(1, admin.get(L + "/products/" + sku + "/ledger").json().get("lines").size());
        assertTrue(http().as("admin").get("/api/modules").body().contains("\"logistics\""));
        eventually(10_000, "logistics shell back", () -> shell("logistics:stock " + sku).contains("7.500"));
    }
}
