package org.backoffice.itests;

import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The logistics-finance bridge on a server booted with logistics only: shipments dispatched before finance exists are
 * invoiced once finance is installed (the bridge comes with it), one invoice per shipment whatever is removed and
 * installed again in between, while logistics keeps answering; the bridge goes with either module; a goods receipt
 * becomes a draft supplier bill.
 */
public class BridgeIT extends FinanceTestSupport {

    private static final String L = "/api/logistics";
    private static final String BRIDGE = "org.backoffice.bridge.logisticsfinance";
    private static final String INVOICES_SUBSCRIBER = BRIDGE + ".invoices";
    private static final String DISPATCHED = "org/backoffice/logistics/SHIPMENT_DISPATCHED";

    @Inject
    protected FeaturesService features;

    @Inject
    protected BundleContext context;

    @Override
    @Configuration
    public Option[] configuration() throws java.io.IOException {
        return configurationWith("backoffice-logistics");
    }

    @Before
    public void waitForLogistics() throws Exception {
        eventually(30_000, "logistics REST", () -> admin().get(L + "/shipments?limit=1").status() == 200);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private boolean bridgeInstalled() {
        return Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).anyMatch(BRIDGE::equals);
    }

    /** Confirms an order of 2 × sku1 at 10.00 and 3 × sku2 at 5.00, ships everything reserved and dispatches it. */
    private static String dispatch(String customer, String warehouse, String sku1, String sku2) throws Exception {
        long order = created(admin().post(L + "/sales-orders", "{\"customer\":\"" + customer + "\",\"warehouse\":\""
                + warehouse + "\",\"requestedDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(3)
                + "\",\"currency\":\"USD\",\"lines\":[{\"sku\":\"" + sku1 + "\",\"quantity\":2,"
                + "\"unitPrice\":10.00},{\"sku\":\"" + sku2 + "\",\"quantity\":3,\"unitPrice\":5.00}]}"))
                .get("id").asLong();
        ok(admin().post(L + "/sales-orders/" + order + "/confirm", null));
        JsonNode shipment = created(admin().post(L + "/shipments", "{\"salesOrder\":" + order
                + ",\"carrier\":\"DHL\"}"));
        ok(admin().post(L + "/shipments/" + shipment.get("id").asLong() + "/dispatch", null));
        return shipment.get("number").asText();
    }

    private static List<JsonNode> invoices(String customer) throws Exception {
        List<JsonNode> invoices = new ArrayList<>();
        ok(admin().get(F + "/invoices?customer=" + customer + "&limit=500")).get("items").forEach(invoices::add);
        return invoices;
    }

    /** Finance is back: its REST answers and the current fiscal year is open for the bridge's postings. */
    private static void financeReady() throws Exception {
        eventually(30_000, "finance REST", () -> admin().get(F + "/tax-codes").status() == 200);
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        int status = admin().post(F + "/fiscal-years", "{\"year\":" + year + "}").status();
        assertTrue("open " + year + ": " + status, status == 201 || status == 409);
    }

    /** Every posted invoice of the customer, once it has as many as expected and none is a draft. */
    private static List<JsonNode> postedInvoices(String customer, int expected) throws Exception {
        eventually(90_000, expected + " posted invoices of " + customer, () -> {
            List<JsonNode> invoices = invoices(customer);
            return invoices.size() == expected
                    && invoices.stream().allMatch(i -> i.get("status").asText().equals("POSTED"));
        });
        return invoices(customer);
    }

    /** The invoicing subscriber has handled every shipment in the log: no later invoice can appear. */
    private static void bridgeCaughtUp() throws Exception {
        JsonNode events = ok(admin().get("/api/events?topic=" + DISPATCHED + "&limit=500"));
        long last = events.get("items").get(events.get("items").size() - 1).get("id").asLong();
        eventually(30_000, "the bridge past event " + last, () -> {
            for (JsonNode s : ok(admin().get("/api/events/subscriptions"))) {
                if (s.get("subscriberId").asText().equals(INVOICES_SUBSCRIBER)) {
                    return s.get("position").asLong() >= last && s.get("failures").asInt() == 0;
                }
            }
            return false;
        });
    }

    private static void assertInvoiceOf(String shipment, JsonNode invoice, String sku1, String sku2) {
        assertEquals(invoice.toString(), shipment, invoice.get("reference").asText());
        assertTrue(invoice.toString(), invoice.get("number").asText().startsWith("INV-"));
        assertEquals("USD", invoice.get("currency").asText());
        JsonNode lines = invoice.get("lines");
        assertEquals(invoice.toString(), 2, lines.size());
        assertEquals(sku1 + " Widget " + sku1, lines.get(0).get("description").asText());
        assertEquals(0, lines.get(0).get("quantity").decimalValue().compareTo(new java.math.BigDecimal("2")));
        assertEquals(0, lines.get(0).get("unitPrice").decimalValue().compareTo(new java.math.BigDecimal("10")));
        assertEquals("STD", lines.get(0).get("taxCode").asText());
        assertEquals(sku2 + " Widget " + sku2, lines.get(1).get("description").asText());
        assertEquals(0, lines.get(1).get("quantity").decimalValue().compareTo(new java.math.BigDecimal("3")));
        assertEquals("RED", lines.get(1).get("taxCode").asText());
        // 2 × 10.00 + 3 × 5.00 = 35.00; STD 20 % of 20.00 + RED 10 % of 15.00 = 4.00 + 1.50
        assertEquals("35.00", invoice.get("net").decimalValue().toPlainString());
        assertEquals("5.50", invoice.get("tax").decimalValue().toPlainString());
        assertEquals("40.50", invoice.get("gross").decimalValue().toPlainString());
    }

    @Test
    public void shipmentsAreInvoicedOnceWhenFinanceComesAndAfterItWasAway() throws Exception {
        String customer = unique("CUST-");
        created(admin().post("/api/partners", "{\"code\":\"" + customer + "\",\"name\":\"Bridge customer\","
                + "\"roles\":[\"CUSTOMER\",\"SUPPLIER\"],\"currency\":\"USD\"}"));
        String sku1 = unique("W1-");
        String sku2 = unique("W2-");
        for (String sku : List.of(sku1, sku2)) {
            // the second widget is taxed at its own reduced rate, the first at the bridge's configured STD
            created(admin().post(L + "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Widget " + sku + "\","
                    + "\"uom\":\"PCE\",\"type\":\"STOCKED\"" + (sku.equals(sku2) ? ",\"taxCode\":\"RED\"" : "") + "}"));
        }
        String warehouse = unique("B");
        created(admin().post(L + "/warehouses", "{\"code\":\"" + warehouse + "\",\"name\":\"Bridge\"}"));
        for (String sku : List.of(sku1, sku2)) {
            created(admin().post(L + "/stock-moves", "{\"type\":\"RECEIPT\",\"sku\":\"" + sku + "\",\"quantity\":100,"
                    + "\"warehouse\":\"" + warehouse + "\"}"));
        }
        assertEquals(404, admin().get(F + "/invoices").status());
        assertFalse("no bridge without finance", bridgeInstalled());

        List<String> shipments = new ArrayList<>(List.of(dispatch(customer, warehouse, sku1, sku2),
                dispatch(customer, warehouse, sku1, sku2)));

        List<Integer> statuses = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread prober = new Thread(() -> {
            while (!stop.get()) {
                try {
                    statuses.add(admin().get(L + "/products?limit=1").status());
                } catch (Exception e) {
                    statuses.add(-1);
                }
            }
        });
        prober.start();
        try {
            features.installFeature("backoffice-finance", EnumSet.noneOf(FeaturesService.Option.class));
            assertTrue("the bridge comes with finance", bridgeInstalled());
            financeReady();
            List<JsonNode> invoices = postedInvoices(customer, 2);
            for (JsonNode invoice : invoices) {
                int index = shipments.indexOf(invoice.get("reference").asText());
                assertTrue(invoice.toString(), index >= 0);
                assertInvoiceOf(shipments.get(index), invoice, sku1, sku2);
            }

            features.uninstallFeature("backoffice-finance", EnumSet.noneOf(FeaturesService.Option.class));
            eventually(10_000, "/api/finance to disappear", () -> admin().get(F + "/invoices").status() == 404);
            assertFalse("the bridge goes with finance", bridgeInstalled());
            shipments.add(dispatch(customer, warehouse, sku1, sku2));

            features.installFeature("backoffice-finance", EnumSet.noneOf(FeaturesService.Option.class));
            financeReady();
            invoices = postedInvoices(customer, 3);
            bridgeCaughtUp();
            invoices = invoices(customer);
            assertEquals("one invoice per shipment: " + invoices, 3, invoices.size());
            Set<String> references = new HashSet<>();
            invoices.forEach(invoice -> references.add(invoice.get("reference").asText()));
            assertEquals(Set.copyOf(shipments), references);
            JsonNode third = invoices.stream().filter(i -> i.get("reference").asText().equals(shipments.get(2)))
                    .findFirst().orElseThrow();
            assertInvoiceOf(shipments.get(2), third, sku1, sku2);
        } finally {
            stop.set(true);
            prober.join(5_000);
        }
        assertFalse(statuses.isEmpty());
        assertTrue("logistics failed while finance came and went: " + statuses,
                statuses.stream().allMatch(status -> status == 200));

        // whichever module goes first takes the bridge with it, whichever comes second brings it
        features.uninstallFeature("backoffice-logistics", EnumSet.noneOf(FeaturesService.Option.class));
        eventually(10_000, "/api/logistics to disappear", () -> admin().get(L + "/shipments").status() == 404);
        assertFalse("the bridge goes with logistics", bridgeInstalled());
        assertEquals(200, admin().get(F + "/invoices").status());
        features.installFeature("backoffice-logistics", EnumSet.noneOf(FeaturesService.Option.class));
        assertTrue("the bridge comes with logistics", bridgeInstalled());
        eventually(30_000, "logistics back", () -> admin().get(L + "/shipments?limit=1").status() == 200);
        assertEquals(3, invoices(customer).size());

        goodsReceiptBecomesOneDraftBill(customer, warehouse, sku1);
    }

    /** A goods receipt of a purchase order becomes a draft bill of the supplier at the order's prices. */
    private void goodsReceiptBecomesOneDraftBill(String supplier, String warehouse, String sku) throws Exception {
        JsonNode po = created(admin().post(L + "/purchase-orders", "{\"supplier\":\"" + supplier + "\",\"warehouse\":\""
                + warehouse + "\",\"expectedDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(3) + "\","
                + "\"currency\":\"USD\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":8,\"unitPrice\":4.50}]}"));
        long id = po.get("id").asLong();
        ok(admin().post(L + "/purchase-orders/" + id + "/send", null));
        long receipt = created(admin().post(L + "/purchase-orders/" + id + "/receipts", "{\"reference\":\"DN-77\","
                + "\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":8}]}")).get("id").asLong();

        eventually(60_000, "the bill of goods receipt " + receipt, () ->
                ok(admin().get(F + "/bills?supplier=" + supplier)).get("total").asLong() == 1);
        JsonNode bill = ok(admin().get(F + "/bills?supplier=" + supplier)).get("items").get(0);
        assertEquals(bill.toString(), "DRAFT", bill.get("status").asText());
        assertEquals("GR-" + receipt, bill.get("supplierReference").asText());
        assertEquals("USD", bill.get("currency").asText());
        assertTrue(bill.toString(), bill.get("description").asText().contains(po.get("number").asText()));
        JsonNode line = bill.get("lines").get(0);
        assertEquals(sku + " Widget " + sku, line.get("description").asText());
        assertEquals(0, line.get("quantity").decimalValue().compareTo(new java.math.BigDecimal("8")));
        assertEquals(0, line.get("unitPrice").decimalValue().compareTo(new java.math.BigDecimal("4.5")));
        assertEquals("36.00", bill.get("net").decimalValue().toPlainString());
    }
}
