package ${package}.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The ${moduleName} module in the real server: feature:install, then REST, problems, audit, events and the shell. */
public class ${moduleClass}IT extends ServerTestSupport {

    private static final String PATH = "/api/${moduleId}/${entityPath}";

    private static boolean installed;

    /** Installs the module the way an administrator would, once for the class, and waits until it serves. */
    @Before
    public void installModule() throws Exception {
        eventually(60_000, "the server's REST API", () -> http("viewer", "GET", "/api/health", null).status() == 200);
        if (!installed) {
            shell("feature:repo-add " + moduleFeatures());
            shell("feature:install ${rootArtifactId}");
            installed = true;
        }
        eventually(60_000, "the module in /api/modules",
                () -> http("viewer", "GET", "/api/modules/${moduleId}", null).status() == 200);
        eventually(30_000, PATH, () -> http("viewer", "GET", PATH, null).status() == 200);
    }

    @Test
    public void createListUpdateDeleteOverRest() throws Exception {
        String prefix = unique("R");
        Reply created = http("manager", "POST", PATH, json(prefix + "-1", "First", null));
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.location(), created.location().endsWith(PATH + "/" + prefix + "-1"));
        long version = created.json().get("version").asLong();
        assertEquals(201, http("manager", "POST", PATH, json(prefix + "-2", "Second", "two")).status());

        Reply page = http("viewer", "GET", PATH + "?q=" + prefix + "&offset=1&limit=1", null);
        assertEquals(page.toString(), 200, page.status());
        assertEquals(2, page.json().get("total").asInt());
        assertEquals(1, page.json().get("offset").asInt());
        assertEquals(1, page.json().get("limit").asInt());
        assertEquals(prefix + "-2", page.json().get("items").get(0).get("code").asText());

        assertProblem(http("manager", "POST", PATH, json(prefix + "-1", "Again", null)), 409);
        Reply invalid = http("manager", "POST", PATH, json("bad code!", " ", null));
        assertProblem(invalid, 422);
        assertEquals(List.of("code", "name"), fields(invalid.json().get("errors")));
        assertEquals(403, http("viewer", "POST", PATH, json(prefix + "-3", "Viewer's", null)).status());

        String item = PATH + "/" + prefix + "-1";
        Reply updated = http("manager", "PUT", item, withVersion(json(null, "Renamed", null), version));
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals("Renamed", updated.json().get("name").asText());
        assertTrue(updated.json().get("version").asLong() > version);
        // the same version again: someone else's change must not be overwritten
        assertProblem(http("manager", "PUT", item, withVersion(json(null, "Stale", null), version)), 409);
        assertEquals("Renamed", http("viewer", "GET", item, null).json().get("name").asText());

        assertEquals(204, http("manager", "DELETE", item, null).status());
        assertProblem(http("viewer", "GET", item, null), 404);

        Reply audit = http("admin", "GET", "/api/audit?module=${moduleId}&entity=${entity}&entityId=" + prefix + "-1",
                null);
        assertEquals(audit.toString(), 3, audit.json().get("total").asInt()); // create, update, delete
        Reply events = http("admin", "GET", "/api/events?topic=${packageInPathFormat}/*&limit=500", null);
        assertTrue(events.body(), events.body().contains("${entity.toUpperCase()}_DELETED")
                && events.body().contains("\"key\":\"" + prefix + "-1\""));
    }

    @Test
    public void shellCommands() throws Exception {
        String code = unique("S");
        String added = shell("${moduleId}:add --notes console " + code + " \"Added in the shell\"");
        assertTrue(added, added.contains(code + " added"));
        String list = shell("${moduleId}:list -q " + code);
        assertTrue(list, list.contains(code) && list.contains("1 of 1"));
        String shown = shell("${moduleId}:show " + code);
        assertTrue(shown, shown.contains("Added in the shell") && shown.contains("console"));
        assertEquals(200, http("viewer", "GET", PATH + "/" + code, null).status());
    }

    private static void assertProblem(Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.isProblem());
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static String json(String code, String name, String notes) {
        return "{" + (code == null ? "" : "\"code\":\"" + code + "\",") + "\"name\":\"" + name + "\""
                + (notes == null ? "" : ",\"notes\":\"" + notes + "\"") + "}";
    }

    private static String withVersion(String json, long version) {
        return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
