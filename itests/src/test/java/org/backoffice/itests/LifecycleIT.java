package org.backoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

/**
 * Hot removal and re-installation of a module: its endpoint and module entry go away while the rest keeps answering,
 * and come back with the data intact.
 */
public class LifecycleIT extends BackofficeTestSupport {

    @Inject
    protected FeaturesService features;

    @Test
    public void uninstallAndReinstallPartnersWhileServing() throws Exception {
        Http admin = http().as("admin");
        String code = "LIFE-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.post("/api/partners", "{\"code\":\"" + code + "\",\"name\":\"Survivor\","
                + "\"roles\":[\"CUSTOMER\"]}").status());

        // keep calling another resource during the change: it must never fail
        List<Integer> healthStatuses = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread prober = new Thread(() -> {
            while (!stop.get()) {
                try {
                    healthStatuses.add(http().as("admin").get("/api/modules").status());
                } catch (Exception e) {
                    healthStatuses.add(-1);
                }
            }
        });
        prober.start();
        try {
            features.uninstallFeature("backoffice-partners", EnumSet.noneOf(FeaturesService.Option.class));
            eventually(10_000, "/api/partners to disappear", () -> admin.get("/api/partners").status() == 404);
            assertTrue(admin.get("/api/partners/" + code).isProblem());
            assertFalse(admin.get("/api/modules").body().contains("\"partners\""));
            assertEquals(200, http().get("/api/health").status());
            assertFalse(http().get("/api/health").body().contains("\"partners\""));

            features.installFeature("backoffice-partners", EnumSet.noneOf(FeaturesService.Option.class));
            eventually(10_000, "/api/partners to come back", () -> admin.get("/api/partners").status() == 200);
            Http.Reply survivor = admin.get("/api/partners/" + code);
            assertEquals(survivor.toString(), 200, survivor.status());
            assertEquals("Survivor", survivor.json().get("name").asText());
            assertTrue(admin.get("/api/modules").body().contains("\"partners\""));
        } finally {
            stop.set(true);
            prober.join(5_000);
        }
        assertFalse(healthStatuses.isEmpty());
        assertTrue("another resource failed during the change: " + healthStatuses,
                healthStatuses.stream().allMatch(status -> status == 200));
        String shellOutput = shell("partners:show " + code);
        assertTrue(shellOutput, shellOutput.contains("Survivor"));
    }
}
