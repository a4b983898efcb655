package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Boot, health, modules, authentication, roles and the problem+json contract of the REST platform. */
@ExamReactorStrategy(PerSuite.class)
public class PlatformIT extends BackofficeTestSupport {

    @Test
    public void healthIsAnonymousAndReportsDatabaseAndModules() throws Exception {
        Http.Reply reply = http().get("/api/health");
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode health = reply.json();
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("database").get("status").asText());
        assertEquals("Apache Derby", health.get("database").get("product").asText());
        assertTrue(health.get("uptimeSeconds").asLong() >= 0);
        assertTrue(health.get("modules").toString(), health.get("modules").toString().contains("\"partners\""));
    }

    @Test
    public void modulesListsInstalledModulesWithTheirRoles() throws Exception {
        Http.Reply reply = http().as("viewer").get("/api/modules");
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode partners = null;
        for (JsonNode module : reply.json().get("items")) {
            if (module.get("id").asText().equals("partners")) {
                partners = module;
            }
        }
        assertNotNull(reply.body(), partners);
        assertEquals("/api/partners", partners.get("restBasePath").asText());
        assertEquals("[\"partners-manager\",\"partners-viewer\"]", partners.get("roles").toString());
        assertTrue(partners.get("version").asText().startsWith("0.1.0"));

        Http.Reply one = http().as("viewer").get("/api/modules/partners");
        assertEquals(200, one.status());
        assertEquals("Partners directory", one.json().get("name").asText());
        assertProblem(http().as("viewer").get("/api/modules/no-such-module"), 404);

        String table = shell("backoffice:modules");
        assertTrue(table, table.contains("partners") && table.contains("/api/partners") && table.contains("platform"));
        String health = shell("backoffice:health");
        assertTrue(health, health.contains("Status:   UP"));
    }

    @Test
    public void missingOrWrongCredentialsAre401WithChallenge() throws Exception {
        Http.Reply anonymous = http().get("/api/partners");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertTrue(anonymous.isProblem());
        assertEquals(401, anonymous.json().get("status").asInt());

        Http.Reply wrong = http().as("admin").password("not-the-password").get("/api/modules");
        assertEquals(401, wrong.status());
        assertTrue(wrong.isProblem());

        Http.Reply unknownUser = http().as("ghost").get("/api/modules");
        assertEquals(401, unknownUser.status());
    }

    @Test
    public void missingRoleIs403() throws Exception {
        Http.Reply noRole = http().as("nobody").get("/api/partners");
        assertEquals(noRole.toString(), 403, noRole.status());
        assertTrue(noRole.isProblem());

        Http.Reply viewerWrites = http().as("viewer").post("/api/partners", "{\"code\":\"V-1\",\"name\":\"V\","
                + "\"roles\":[\"CUSTOMER\"]}");
        assertEquals(viewerWrites.toString(), 403, viewerWrites.status());

        Http.Reply managerReadsAudit = http().as("manager").get("/api/audit");
        assertEquals(403, managerReadsAudit.status());
    }

    @Test
    public void errorsAreProblemDetails() throws Exception {
        Http admin = http().as("admin");

        Http.Reply unknownPath = admin.get("/api/no-such-thing");
        assertProblem(unknownPath, 404);

        Http.Reply wrongMethod = admin.send("/api/partners", "DELETE", null, (String) null);
        assertProblem(wrongMethod, 405);
        assertNotNull(wrongMethod.header("Allow"));

        Http.Reply wrongMediaType = admin.send("/api/partners", "POST", "text/plain", "code=X");
        assertProblem(wrongMediaType, 415);

        Http.Reply malformed = admin.post("/api/partners", "{\"code\": \"X\", ");
        assertProblem(malformed, 400);

        Http.Reply unknownField = admin.post("/api/partners",
                "{\"code\":\"UF-1\",\"name\":\"X\",\"roles\":[\"CUSTOMER\"],\"isAdmin\":true}");
        assertProblem(unknownField, 400);
        assertEquals("isAdmin", unknownField.json().get("errors").get(0).get("field").asText());

        Http.Reply wrongType = admin.post("/api/partners",
                "{\"code\":\"WT-1\",\"name\":\"X\",\"roles\":[\"CUSTOMER\"],\"paymentTermsDays\":\"thirty\"}");
        assertProblem(wrongType, 400);
        assertEquals("paymentTermsDays", wrongType.json().get("errors").get(0).get("field").asText());

        Http.Reply badLimit = admin.get("/api/partners?limit=100000");
        assertProblem(badLimit, 422);
        assertEquals("limit", badLimit.json().get("errors").get(0).get("field").asText());

        Http.Reply badNumber = admin.get("/api/partners?offset=abc");
        assertProblem(badNumber, 400);

        Http.Reply tooLarge = admin.postAnnounced("/api/partners", 10L * 1024 * 1024);
        assertProblem(tooLarge, 413);

        for (String code : List.of("UF-1", "WT-1", "BIG-1")) {
            assertEquals("nothing stored for " + code, 404, admin.get("/api/partners/" + code).status());
        }
    }

    /** Requests Jetty or Pax Web refuse before Jersey sees them answer problem+json too, and say nothing internal. */
    @Test
    public void requestsRefusedOutsideTheApiAreProblemDetailsToo() throws Exception {
        Http admin = http().as("admin");
        Map<String, Integer> abusive = new LinkedHashMap<>();
        abusive.put("/api/partners?q=" + "a".repeat(20_000), 414);
        abusive.put("/api/partners/%00", 400);
        abusive.put("/api/partners/%2e%2e/%2e%2e/etc/passwd", 404);
        abusive.put("/no-such-page", 404);
        for (Map.Entry<String, Integer> request : abusive.entrySet()) {
            for (String accept : List.of("*/*", "application/json", "text/html")) {
                Http.Reply reply = admin.get(request.getKey(), accept);
                String what = request.getKey().substring(0, Math.min(40, request.getKey().length())) + " " + accept;
                assertEquals(what + ": " + reply, (int) request.getValue(), reply.status());
                assertTrue(what + ": " + reply, reply.isProblem());
                assertEquals(what, (int) request.getValue(), reply.json().get("status").asInt());
                assertNotNull(what, reply.json().get("title"));
                assertNotNull(what, reply.json().get("detail"));
                for (String internal : List.of("jetty", "servlet", "Exception", "<html")) {
                    assertFalse(what + " mentions " + internal + ": " + reply, reply.body().contains(internal));
                }
            }
        }
    }

    @Test
    public void auditAndEventsAreReadableByAdminsOnly() throws Exception {
        assertEquals(200, http().as("admin").get("/api/audit?limit=5").status());
        assertEquals(200, http().as("admin").get("/api/events?limit=5").status());
        assertEquals(200, http().as("admin").get("/api/events/subscriptions").status());
        assertEquals(403, http().as("viewer").get("/api/events").status());
        List<Integer> statuses = new ArrayList<>();
        for (String path : List.of("/api/audit", "/api/events")) {
            statuses.add(http().as("manager").get(path).status());
        }
        assertEquals(List.of(403, 403), statuses);
    }
}
