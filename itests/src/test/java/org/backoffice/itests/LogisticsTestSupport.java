package org.backoffice.itests;

import static org.backoffice.itests.Replies.created;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the logistics ITs share: a server booted with logistics, a logistics manager ({@value #MANAGER}) and a
 * read-only {@code auditor}, and the master data and stock most tests start from, created through REST.
 */
public abstract class LogisticsTestSupport extends BackofficeTestSupport {

    protected static final String L = "/api/logistics";

    /** The user with the logistics-manager role that fixtures and most requests act as. */
    protected static final String MANAGER = "stockkeeper";

    @Inject
    protected FeaturesService features;

    /** Boots logistics with the manager and the auditor; a class adds its own options to the list. */
    protected List<Option> logisticsOptions() throws IOException {
        List<Option> options = new ArrayList<>(List.of(configurationWith("backoffice-logistics")));
        options.add(editConfigurationFilePut("etc/users.properties", MANAGER, PASSWORD + ",logistics-manager"));
        options.add(editConfigurationFilePut("etc/users.properties", "auditor", PASSWORD + ",logistics-viewer"));
        return options;
    }

    /** Reinstalls logistics when a test of the class uninstalled it, and waits until {@code path} answers 200. */
    protected void logisticsReady(String path) throws Exception {
        if (!features.isInstalled(features.getFeature("backoffice-logistics"))) {
            features.installFeature("backoffice-logistics", EnumSet.noneOf(FeaturesService.Option.class));
        }
        eventually(30_000, "logistics REST " + path, () -> manager().get(path).status() == 200);
    }

    protected static Http manager() {
        return http().as(MANAGER);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A STOCKED product named "Product {@code sku}". */
    protected static void createProduct(String sku, String uom) throws Exception {
        created(manager().post(L + "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Product " + sku
                + "\",\"uom\":\"" + uom + "\",\"type\":\"STOCKED\"}"));
    }

    /** A warehouse in Hamburg (with its default locations) plus the given storage locations. */
    protected static void createWarehouse(String code, String... locations) throws Exception {
        created(manager().post(L + "/warehouses", "{\"code\":\"" + code + "\",\"name\":\"Lager " + code + "\","
                + "\"address\":{\"street\":\"Hafenstr. 3\",\"city\":\"Hamburg\",\"postalCode\":\"20457\","
                + "\"country\":\"DE\"}}"));
        for (String location : locations) {
            created(manager().post(L + "/warehouses/" + code + "/locations", "{\"code\":\"" + location
                    + "\",\"name\":\"Bin " + location + "\"}"));
        }
    }

    /** Stock received by a RECEIPT move. */
    protected static void receive(String sku, String quantity, String warehouse, String location) throws Exception {
        created(manager().post(L + "/stock-moves", "{\"type\":\"RECEIPT\",\"sku\":\"" + sku + "\",\"quantity\":"
                + quantity + ",\"warehouse\":\"" + warehouse + "\",\"location\":\"" + location + "\"}"));
    }

    /** A partner with the given roles (JSON strings, e.g. {@code "\"CUSTOMER\""}) in EUR, shipping to München. */
    protected static void createPartner(String code, String roles) throws Exception {
        created(http().as("admin").post("/api/partners", "{\"code\":\"" + code + "\",\"name\":\"Kunde " + code
                + " & Co\",\"roles\":[" + roles + "],\"shippingAddress\":{\"street\":\"Lindenweg 7\","
                + "\"city\":\"München\",\"postalCode\":\"80331\",\"country\":\"DE\"},\"currency\":\"EUR\"}"));
    }

    /** A new customer partner. */
    protected static String createCustomer() throws Exception {
        String code = unique("CUST");
        createPartner(code, "\"CUSTOMER\"");
        return code;
    }

    protected static BigDecimal onHand(String sku, String warehouse, String location) throws Exception {
        for (JsonNode level : manager().get(L + "/stock?sku=" + sku + "&warehouse=" + warehouse).json()
                .get("items")) {
            if (level.get("location").asText().equals(location)) {
                return level.get("onHand").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    protected static long moveCount() throws Exception {
        return manager().get(L + "/stock-moves?limit=1").json().get("total").asLong();
    }
}
