package org.backoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads /api/openapi.json and checks it against the server itself. */
final class OpenApiCheck {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiCheck() {
    }

    static Set<String> paths(Http http) throws IOException, InterruptedException {
        Http.Reply reply = http.get("/api/openapi.json");
        assertEquals(reply.toString(), 200, reply.status());
        Set<String> paths = new HashSet<>();
        reply.json().get("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /**
     * Every operation of the document: a unique id, the problem schema for errors, and its path and method known to
     * the server (called with ids that exist nowhere: a 404 must be the resource's own, never "no resource at this
     * path", and never 405). Returns how many operations were checked.
     */
    static int everyOperationIsServed(Http http) throws IOException, InterruptedException {
        JsonNode doc = http.get("/api/openapi.json").json();
        assertTrue(doc.get("openapi").asText().startsWith("3.1"));
        assertNotNull(doc.at("/components/schemas/Problem").isMissingNode() ? null : doc);
        assertTrue(doc.at("/components/securitySchemes").has("basic"));
        Set<String> ids = new HashSet<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String id = op.getValue().path("operationId").asText();
                assertTrue("unique operation id " + id, !id.isEmpty() && ids.add(id));
                assertFalse(id, op.getValue().at("/responses/4XX/content/application~1problem+json").isMissingNode());
                String concrete = concrete(path.getKey(), op.getValue());
                String method = op.getKey().toUpperCase();
                Http.Reply reply = "GET".equals(method) || "DELETE".equals(method)
                        ? http.send("/api" + concrete, method, null, (String) null)
                        : http.send("/api" + concrete, method, "application/json", "{}");
                String where = method + " " + path.getKey() + " (" + concrete + "): " + reply;
                assertTrue(where, reply.status() != 405);
                assertFalse(where, reply.status() == 404 && reply.body().contains("There is no resource at this path"));
                checked++;
            }
        }
        return checked;
    }

    /** The path with each parameter replaced by a value of its type that names nothing stored. */
    private static String concrete(String path, JsonNode operation) {
        String result = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String type = parameter.at("/schema/type").asText();
            String format = parameter.at("/schema/format").asText();
            String value = "integer".equals(type) ? "999999" : "date".equals(format) ? "2099-01-01" : "zz-none";
            result = result.replace("{" + parameter.path("name").asText() + "}", value);
        }
        return result;
    }
}
