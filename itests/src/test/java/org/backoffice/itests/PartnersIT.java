package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import javax.inject.Inject;

import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditRecord;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.PageRequest;
import org.junit.Test;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/** The partners module end to end: REST over HTTP into the database, the shell, the audit trail and the events. */
@ExamReactorStrategy(PerSuite.class)
public class PartnersIT extends BackofficeTestSupport {

    @Inject
    @Filter(timeout = 120_000) // registered once its unit is up: on a busy machine, later than boot
    protected PartnerService partnerService;

    @Inject
    protected AuditTrail auditTrail;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String partnerJson(String code, String name, String email) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"roles\":[\"CUSTOMER\",\"SUPPLIER\"],"
                + "\"taxId\":\"DE123456789\",\"email\":\"" + email + "\",\"phone\":\"+49 30 1234567\","
                + "\"billingAddress\":{\"street\":\"Hauptstr. 1\",\"city\":\"Berlin\",\"postalCode\":\"10115\","
                + "\"country\":\"DE\"},\"shippingAddress\":null,\"currency\":\"EUR\",\"paymentTermsDays\":30,"
                + "\"creditLimit\":5000.50,\"notes\":\"key account\"}";
    }

    @Test
    public void createReadUpdateDeactivate() throws Exception {
        Http manager = http().as("manager");
        String code = unique("ACME");

        Http.Reply created = manager.post("/api/partners", partnerJson(code, "Acme GmbH", "billing@acme.example"));
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.header("Location"), created.header("Location").endsWith("/api/partners/" + code));
        JsonNode partner = created.json();
        assertEquals(code, partner.get("code").asText());
        assertEquals("[\"CUSTOMER\",\"SUPPLIER\"]", sortedRoles(partner));
        assertEquals("5000.50", partner.get("creditLimit").asText());
        assertEquals("DE", partner.get("billingAddress").get("country").asText());
        assertTrue(partner.get("active").asBoolean());
        long version = partner.get("version").asLong();

        Http.Reply read = http().as("viewer").get("/api/partners/" + code);
        assertEquals(200, read.status());
        assertEquals("Acme GmbH", read.json().get("name").asText());
        assertEquals(30, read.json().get("paymentTermsDays").asInt());

        String changed = partnerJson(code, "Acme Holding GmbH", "ap@acme.example");
        changed = changed.substring(0, changed.length() - 1) + ",\"version\":" + version + "}";
        Http.Reply updated = manager.put("/api/partners/" + code, changed);
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals("Acme Holding GmbH", updated.json().get("name").asText());
        assertTrue(updated.json().get("version").asLong() > version);

        // the same stale version again: someone else's change must not be overwritten
        Http.Reply stale = manager.put("/api/partners/" + code, changed.replace("Holding", "Stale"));
        assertProblem(stale, 409);
        assertEquals("Acme Holding GmbH", manager.get("/api/partners/" + code).json().get("name").asText());

        Http.Reply deactivated = manager.post("/api/partners/" + code + "/deactivate", null);
        assertEquals(deactivated.toString(), 200, deactivated.status());
        assertFalse(deactivated.json().get("active").asBoolean());
        assertFalse(partnerService.require(code).active());
        Http.Reply reactivated = manager.post("/api/partners/" + code + "/activate", null);
        assertEquals(reactivated.toString(), 200, reactivated.status());
        assertTrue(reactivated.json().get("active").asBoolean());

        assertProblem(manager.get("/api/partners/NO-SUCH-" + code), 404);
    }

    @Test
    public void everyChangeIsAuditedWithUserAndFields() throws Exception {
        Http manager = http().as("manager");
        String code = unique("AUD");
        assertEquals(201, manager.post("/api/partners", partnerJson(code, "Audited", "a@b.example")).status());
        assertEquals(200, manager.post("/api/partners/" + code + "/deactivate", null).status());

        var records = auditTrail.find(AuditQuery.forEntity("partners", "Partner", code), PageRequest.first(10))
                .items();
        assertEquals(records.toString(), 2, records.size());
        AuditRecord deactivation = records.get(0);
        AuditRecord creation = records.get(1);
        assertEquals("DEACTIVATE", deactivation.action());
        assertEquals("manager", deactivation.user());
        assertEquals("active", deactivation.changes().get(0).field());
        assertEquals("true", deactivation.changes().get(0).oldValue());
        assertEquals("false", deactivation.changes().get(0).newValue());
        assertEquals("CREATE", creation.action());
        assertTrue(creation.changes().stream().anyMatch(c -> c.field().equals("name") && "Audited".equals(c.newValue())));

        Http.Reply rest = http().as("admin").get("/api/audit?module=partners&entity=Partner&entityId=" + code);
        assertEquals(200, rest.status());
        assertEquals(2, rest.json().get("total").asInt());
        String console = shell("backoffice:audit --module partners --id " + code);
        assertTrue(console, console.contains("DEACTIVATE") && console.contains("manager"));

        Http.Reply events = http().as("admin").get("/api/events?topic=org/backoffice/partners/*&limit=500");
        assertTrue(events.body().contains("\"key\":\"" + code + "\""));
        assertTrue(events.body().contains("PARTNER_CREATED"));
        assertTrue(events.body().contains("PARTNER_UPDATED"));
    }

    @Test
    public void badInputIsRefusedAndStoresNothing() throws Exception {
        Http manager = http().as("manager");
        String code = unique("BAD");

        Http.Reply missingName = manager.post("/api/partners", "{\"code\":\"" + code + "\",\"roles\":[\"CUSTOMER\"]}");
        assertProblem(missingName, 422);
        assertEquals("name", missingName.json().get("errors").get(0).get("field").asText());

        Http.Reply badEmail = manager.post("/api/partners", partnerJson(code, "X", "not-an-email"));
        assertProblem(badEmail, 422);
        assertEquals("email", badEmail.json().get("errors").get(0).get("field").asText());

        Http.Reply badCountryAndCurrency = manager.post("/api/partners",
                partnerJson(code, "X", "x@y.example").replace("\"DE\"", "\"XX\"").replace("\"EUR\"", "\"EURO\""));
        assertProblem(badCountryAndCurrency, 422);
        Set<String> fields = new HashSet<>();
        badCountryAndCurrency.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(Set.of("billingAddress.country", "currency"), fields);

        Http.Reply negativeLimit = manager.post("/api/partners",
                partnerJson(code, "X", "x@y.example").replace("5000.50", "-1"));
        assertProblem(negativeLimit, 422);

        Http.Reply badBank = manager.post("/api/partners", partnerJson(code, "X", "x@y.example")
                .replace("\"notes\"", "\"iban\":\"DE88370400440532013000\",\"bic\":\"COBA1\",\"notes\""));
        assertProblem(badBank, 422);
        Set<String> bankFields = new HashSet<>();
        badBank.json().get("errors").forEach(e -> bankFields.add(e.get("field").asText()));
        assertEquals(Set.of("iban", "bic"), bankFields);

        assertEquals(404, manager.get("/api/partners/" + code).status());
        assertEquals(0, auditTrail.find(AuditQuery.forEntity("partners", "Partner", code), PageRequest.first(5))
                .total());

        assertEquals(201, manager.post("/api/partners", partnerJson(code, "First", "f@x.example")).status());
        Http.Reply duplicate = manager.post("/api/partners", partnerJson(code, "Second", "s@x.example"));
        assertProblem(duplicate, 409);
        assertEquals("First", manager.get("/api/partners/" + code).json().get("name").asText());
    }

    @Test
    public void namesInAnyScriptRoundTrip() throws Exception {
        Http manager = http().as("manager");
        String[][] names = {{unique("HE"), "חברת הדוגמה בע\\\"מ"}, {unique("AR"), "شركة المثال"},
            {unique("ZH"), "示例有限公司"}};
        for (String[] name : names) {
            Http.Reply created = manager.post("/api/partners", partnerJson(name[0], name[1], "x@y.example"));
            assertEquals(created.toString(), 201, created.status());
        }
        assertEquals("חברת הדוגמה בע\"מ", manager.get("/api/partners/" + names[0][0]).json().get("name").asText());
        assertEquals("شركة المثال", manager.get("/api/partners/" + names[1][0]).json().get("name").asText());
        assertEquals("示例有限公司", manager.get("/api/partners/" + names[2][0]).json().get("name").asText());

        Http.Reply search = manager.get("/api/partners?q=" + java.net.URLEncoder.encode("דוגמה", "UTF-8"));
        assertEquals(1, search.json().get("total").asInt());
        assertEquals(names[0][0], search.json().get("items").get(0).get("code").asText());
    }

    @Test
    public void listPagesFiltersAndSearches() throws Exception {
        Http manager = http().as("manager");
        String tag = unique("PG").toLowerCase();
        for (int i = 0; i < 7; i++) {
            String code = "PG-" + tag + "-" + i;
            String json = "{\"code\":\"" + code + "\",\"name\":\"Paging " + tag + " " + i + "\",\"roles\":[\""
                    + (i % 2 == 0 ? "CUSTOMER" : "SUPPLIER") + "\"]}";
            assertEquals(201, manager.post("/api/partners", json).status());
        }
        manager.post("/api/partners/PG-" + tag + "-6/deactivate", null);

        JsonNode page1 = manager.get("/api/partners?q=" + tag.toUpperCase() + "&offset=0&limit=3").json();
        assertEquals(7, page1.get("total").asInt());
        assertEquals(3, page1.get("items").size());
        assertEquals(0, page1.get("offset").asInt());
        assertEquals(3, page1.get("limit").asInt());
        assertEquals("PG-" + tag + "-0", page1.get("items").get(0).get("code").asText());
        JsonNode page3 = manager.get("/api/partners?q=" + tag + "&offset=6&limit=3").json();
        assertEquals(1, page3.get("items").size());

        JsonNode activeCustomers = manager.get("/api/partners?q=" + tag + "&role=CUSTOMER&active=true").json();
        assertEquals(3, activeCustomers.get("total").asInt()); // 0, 2, 4 (6 is inactive)
        JsonNode suppliers = manager.get("/api/partners?q=" + tag + "&role=SUPPLIER").json();
        assertEquals(3, suppliers.get("total").asInt());
        assertProblem(manager.get("/api/partners?role=EMPLOYEE"), 422);
    }

    @Test
    public void shellCommandsAddListAndShow() throws Exception {
        String code = unique("SH");
        String added = shell("partners:add --role SUPPLIER --email sales@shell.example --currency CHF --terms 14 "
                + "--country CH --city Zürich --iban \"ch93 0076 2011 6238 5295 7\" --bic POFICHBEXXX " + code
                + " \"Shell Supplies AG\"");
        assertTrue(added, added.contains("Partner " + code + " added"));

        String shown = shell("partners:show " + code);
        assertTrue(shown, shown.contains("Shell Supplies AG") && shown.contains("SUPPLIER") && shown.contains("CHF")
                && shown.contains("14 days") && shown.contains("Zürich")
                && shown.contains("CH9300762011623852957 (POFICHBEXXX)"));
        assertEquals("CH9300762011623852957", partnerService.require(code).iban());

        String listed = shell("partners:list --role SUPPLIER --query " + code);
        assertTrue(listed, listed.contains(code) && listed.contains("1 of 1 partners"));

        assertEquals("Shell Supplies AG", http().as("viewer").get("/api/partners/" + code).json().get("name").asText());
        assertEquals("admin", auditTrail.find(AuditQuery.forEntity("partners", "Partner", code),
                PageRequest.first(1)).items().get(0).user());

        shell("partners:deactivate " + code);
        assertFalse(partnerService.require(code).active());
        String activeOnly = shell("partners:list --query " + code);
        assertTrue(activeOnly, activeOnly.contains("0 of 0 partners"));
    }

    private static String sortedRoles(JsonNode partner) {
        var roles = new java.util.TreeSet<String>();
        partner.get("roles").forEach(r -> roles.add(r.asText()));
        return roles.stream().map(r -> "\"" + r + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
