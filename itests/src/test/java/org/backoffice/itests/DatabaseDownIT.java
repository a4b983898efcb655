package org.backoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** Health tells the truth about the database: DOWN with 503 while it cannot be reached, UP again once it can. */
public class DatabaseDownIT extends BackofficeTestSupport {

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    @Test
    public void healthIsDownWith503WhileTheDatabaseIsUnreachable() throws Exception {
        assertEquals(200, http().get("/api/health").status());
        Configuration dataSource = null;
        for (Configuration candidate : configurationAdmin.listConfigurations("(dataSourceName=backoffice)")) {
            dataSource = candidate;
        }
        assertNotNull("the backoffice DataSource configuration", dataSource);
        Dictionary<String, Object> original = dataSource.getProperties();
        Dictionary<String, Object> broken = new Hashtable<>();
        for (String key : java.util.Collections.list(original.keys())) {
            broken.put(key, original.get(key));
        }
        broken.put("url", "jdbc:derby:memory:no-such-database;create=false");
        dataSource.update(broken);
        try {
            eventually(20_000, "health DOWN", () -> http().get("/api/health").status() == 503);
            Http.Reply down = http().get("/api/health");
            JsonNode health = down.json();
            assertEquals("DOWN", health.get("status").asText());
            assertEquals("DOWN", health.get("database").get("status").asText());
            assertTrue(health.get("modules").size() > 0);
            // services stay registered and say why they cannot answer (once the new pool has replaced the old one)
            eventually(20_000, "audit 503", () -> http().as("admin").get("/api/audit").status() == 503);
            assertTrue(http().as("admin").get("/api/audit").isProblem());
            eventually(20_000, "partners 503", () -> http().as("admin").get("/api/partners").status() == 503);
        } finally {
            dataSource.update(original);
        }
        eventually(30_000, "health UP again", () -> http().get("/api/health").status() == 200);
        eventually(30_000, "partners answering again", () -> http().as("admin").get("/api/partners").status() == 200);
    }
}
