package org.backoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

/**
 * Installing finance into a running server, removing it while partners keeps serving, and installing it again with
 * its ledger intact. A class of its own: after the reinstall its API classes come from new bundles.
 */
public class FinanceLifecycleIT extends FinanceTestSupport {

    @Inject
    protected FeaturesService features;

    /** Boots without finance: the test installs, removes and reinstalls it. */
    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] configuration() throws java.io.IOException {
        return configurationWith();
    }

    private static String entry(String date, String description, String... lines) {
        return "{\"date\":\"" + date + "\",\"description\":\"" + description + "\",\"post\":true,\"lines\":["
                + String.join(",", lines) + "]}";
    }

    @Test
    public void hotInstallUninstallAndReinstallKeepsTheLedger() throws Exception {
        Http admin = http().as("admin");
        assertEquals(404, admin.get(F + "/accounts").status());
        features.installFeature("backoffice-finance", EnumSet.noneOf(FeaturesService.Option.class));
        // the module's resources register one by one: wait for each one this test uses
        eventually(20_000, "finance installed", () -> admin.get(F + "/accounts").status() == 200
                && admin.get(F + "/periods").status() == 200 && admin.get(F + "/journal-entries").status() == 200);
        // the first start opened the fiscal year of today (openCurrentFiscalYear), as a setup wizard would
        int thisYear = java.time.LocalDate.now().getYear();
        eventually(20_000, "the current fiscal year opened on first start",
                () -> admin.get(F + "/periods?year=" + thisYear).json().size() == 12);
        int opened = admin.post(F + "/fiscal-years", "{\"year\":2026}").status();
        assertTrue("open 2026: " + opened, thisYear == 2026 ? opened == 409 : opened == 201);
        Http.Reply posted = admin.post(F + "/journal-entries", entry("2026-11-22", "Survives",
                "{\"account\":\"1200\",\"debit\":7.00}", "{\"account\":\"4000\",\"credit\":7.00}"));
        assertEquals(posted.toString(), 201, posted.status());
        long id = posted.json().get("id").asLong();
        features.uninstallFeature("backoffice-finance", EnumSet.noneOf(FeaturesService.Option.class));
        eventually(10_000, "finance gone", () -> admin.get(F + "/accounts").status() == 404);
        assertFalse(admin.get("/api/modules").body().contains("\"finance\""));
        assertEquals(200, admin.get("/api/partners").status());
        features.installFeature("backoffice-finance", EnumSet.noneOf(FeaturesService.Option.class));
        eventually(20_000, "finance back", () -> admin.get(F + "/journal-entries/" + id).status() == 200
                && admin.get(F + "/verify").status() == 200);
        assertEquals("Survives", admin.get(F + "/journal-entries/" + id).json().get("description").asText());
        assertTrue(admin.get("/api/modules").body().contains("\"finance\""));
        assertTrue(admin.get(F + "/verify").json().get("consistent").asBoolean());
    }
}
