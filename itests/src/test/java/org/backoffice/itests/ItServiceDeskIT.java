package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The IT service desk on one server without HR: configuration, self-service boundaries (another requester's ticket is
 * 404), agent groups (403 outside them), the workflow and its 409s, comments and notes, history, links and merge,
 * SLA clocks paused while waiting, the scheduled SLA scan (every second here) sending each warning and breach once
 * across a restart, the asset register and licence seats under concurrency, the shell, and uninstall keeping data.
 */
public class ItServiceDeskIT extends BackofficeTestSupport {

    private static final String IT = "/api/it";
    private static final String MANAGER = "itmanager";
    private static final String NET_AGENT = "agentnet";
    private static final String HW_AGENT = "agenthw";
    private static final String VIEWER = "itviewer";
    private static final String HR_MANAGER = "hrmanager";

    @Inject
    protected FeaturesService features;

    @Inject
    protected BundleContext bundleContext;

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = new ArrayList<>(List.of(configurationWith("backoffice-it")));
        options.add(editConfigurationFilePut("etc/users.properties", MANAGER, PASSWORD + ",it-manager"));
        options.add(editConfigurationFilePut("etc/users.properties", NET_AGENT, PASSWORD + ",it-agent"));
        options.add(editConfigurationFilePut("etc/users.properties", HW_AGENT, PASSWORD + ",it-agent"));
        options.add(editConfigurationFilePut("etc/users.properties", VIEWER, PASSWORD + ",it-viewer"));
        options.add(editConfigurationFilePut("etc/users.properties", HR_MANAGER, PASSWORD + ",hr-manager"));
        options.add(editConfigurationFilePut("etc/users.properties", "alice", PASSWORD));
        options.add(editConfigurationFilePut("etc/users.properties", "bob", PASSWORD));
        // the SLA scan runs every second here, so breaches of second-long targets show up at once
        options.add(editConfigurationFilePut("etc/org.backoffice.it.cfg", "slaScanSeconds", "1"));
        return options.toArray(new Option[0]);
    }

    private static Http manager() {
        return http().as(MANAGER);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static void ready() throws Exception {
        eventually(60_000, "IT REST", () -> manager().get(IT + "/categories").status() == 200);
    }

    /** Two groups (NET with agentnet, HW with agenthw), a category tree and a catch-all policy of its own. */
    private static String[] setUp() throws Exception {
        ready();
        String net = unique("NET");
        String hw = unique("HW");
        ok(manager().put(IT + "/groups/" + net, "{\"name\":\"Network\",\"members\":[\"" + NET_AGENT + "\"]}"));
        ok(manager().put(IT + "/groups/" + hw, "{\"name\":\"Hardware\",\"members\":[\"" + HW_AGENT + "\"]}"));
        String top = unique("INFRA");
        String wifi = unique("WIFI");
        String name = "Wi-Fi · אלחוטי · لاسلكي · 无线";
        ok(manager().put(IT + "/categories/" + top, "{\"name\":\"Infrastructure\"}"));
        ok(manager().put(IT + "/categories/" + wifi, "{\"name\":\"" + name + "\",\"parent\":\"" + top + "\"}"));
        assertTrue(ok(manager().get(IT + "/categories")).toString().contains(name));
        ok(manager().put(IT + "/sla-policies/" + unique("STD"), "{\"name\":\"Standard\",\"rank\":50,\"category\":\""
                + top + "\",\"firstResponse\":\"PT4H\",\"resolution\":\"PT16H\",\"warnings\":[75,90]}"));
        return new String[] {net, hw, top, wifi};
    }

    @Test
    public void ticketsSelfServiceGroupsWorkflowAndShell() throws Exception {
        String[] s = setUp();
        String net = s[0];
        String wifi = s[3];
        // refusals write nothing
        assertField(http().as("alice").post(IT + "/tickets", "{\"title\":\"x\",\"category\":\"NOPE\"}"), "category",
                "existing");
        assertField(http().as("alice").post(IT + "/tickets", "{\"title\":\"x\",\"group\":\"NOPE\"}"), "group",
                "existing");
        assertField(http().as("alice").post(IT + "/tickets", "{\"title\":\" \",\"impact\":5}"), "impact", "between");
        assertField(manager().put(IT + "/sla-policies/BAD", "{\"name\":\"Bad\",\"firstResponse\":\"PT0S\","
                + "\"resolution\":\"-PT1H\"}"), "resolution", "positive");
        assertField(manager().put(IT + "/sla-policies/BAD", "{\"name\":\"Bad\",\"firstResponse\":\"PT1H\","
                + "\"resolution\":\"PT2H\",\"calendar\":\"NOPE\"}"), "calendar", "existing");
        assertProblem(http().as(NET_AGENT).put(IT + "/groups/X", "{\"name\":\"x\"}"), 403);
        assertFalse(ok(manager().get(IT + "/sla-policies")).toString().contains("\"BAD\""));

        // self-service: alice opens and follows her ticket; bob sees nothing of it
        String title = "Wi-Fi drops · הרשת נופלת · الشبكة تنقطع · 网络断开";
        JsonNode t = created(http().as("alice").post(IT + "/tickets", "{\"title\":\"" + title + "\",\"category\":\""
                + wifi + "\",\"impact\":1,\"urgency\":2}"));
        String no = t.get("number").asText();
        assertTrue(no, no.matches("IT-\\d{4}-\\d{6}"));
        assertEquals("alice", t.get("requester").asText());
        assertEquals(2, t.get("priority").asInt());
        assertEquals("NEW", t.get("status").asText());
        assertEquals(title, ok(http().as("alice").get(IT + "/tickets/" + no)).get("title").asText());
        assertProblem(http().as("bob").get(IT + "/tickets/" + no), 404);
        assertProblem(http().as("bob").get(IT + "/tickets/" + no + "/sla"), 404);
        assertProblem(http().as("bob").post(IT + "/tickets/" + no + "/comments", "{\"text\":\"me too\"}"), 404);
        assertFalse(ok(http().as("bob").get(IT + "/tickets")).toString().contains(no));
        assertTrue(ok(http().as("alice").get(IT + "/tickets?view=MINE")).toString().contains(no));

        // SLA: both targets run on the policy of the parent category
        JsonNode sla = ok(http().as("alice").get(IT + "/tickets/" + no + "/sla"));
        assertEquals(2, sla.size());
        assertEquals("FIRST_RESPONSE", sla.get(0).get("target").asText());
        assertEquals(4 * 3600, sla.get(0).get("targetSeconds").asLong());
        assertEquals("RUNNING", sla.get(0).get("clock").asText());
        assertFalse(sla.get(0).get("due").isNull());
        assertFalse(sla.get(0).get("dueLocal").isNull());

        // agent groups: unassigned tickets are worked by any agent, then only by the group's
        assertTrue(ok(http().as(NET_AGENT).get(IT + "/tickets?view=UNASSIGNED&limit=500")).toString().contains(no));
        assertField(http().as(NET_AGENT).post(IT + "/tickets/" + no + "/assign", "{\"group\":\"" + net
                + "\",\"agent\":\"" + HW_AGENT + "\"}"), "agent", "member");
        JsonNode assigned = ok(http().as(NET_AGENT).post(IT + "/tickets/" + no + "/assign", "{\"group\":\"" + net
                + "\",\"agent\":\"" + NET_AGENT + "\"}"));
        assertEquals("ASSIGNED", assigned.get("status").asText());
        assertProblem(http().as(HW_AGENT).post(IT + "/tickets/" + no + "/transitions", "{\"status\":\"IN_PROGRESS\"}"),
                403);
        assertProblem(http().as("alice").post(IT + "/tickets/" + no + "/transitions", "{\"status\":\"RESOLVED\"}"),
                403);
        assertProblem(http().as(VIEWER).post(IT + "/tickets/" + no + "/transitions", "{\"status\":\"RESOLVED\"}"),
                403);
        assertTrue(ok(http().as(NET_AGENT).get(IT + "/tickets?view=MINE")).toString().contains(no));
        assertTrue(ok(http().as(NET_AGENT).get(IT + "/tickets?view=MY_GROUPS")).toString().contains(no));
        assertFalse(ok(http().as(HW_AGENT).get(IT + "/tickets?view=MY_GROUPS")).toString().contains(no));
        assertTrue(ok(http().as(NET_AGENT).get(IT + "/tickets?view=BREACHING_SOON&withinMinutes=100000"))
                .toString().contains(no));
        assertField(http().as(NET_AGENT).get(IT + "/tickets?view=SOMETIME"), "view", "MINE");

        // comments: the requester never sees internal notes and may not write one
        created(http().as(NET_AGENT).post(IT + "/tickets/" + no + "/comments", "{\"text\":\"router reboot planned\","
                + "\"internal\":true}"));
        created(http().as(NET_AGENT).post(IT + "/tickets/" + no + "/comments", "{\"text\":\"Looking into it\"}"));
        assertProblem(http().as("alice").post(IT + "/tickets/" + no + "/comments", "{\"text\":\"x\",\"internal\":"
                + "true}"), 403);
        JsonNode seen = ok(http().as("alice").get(IT + "/tickets/" + no + "/comments"));
        assertEquals(seen.toString(), 1, seen.size());
        assertEquals(2, ok(http().as(NET_AGENT).get(IT + "/tickets/" + no + "/comments")).size());
        assertEquals("STOPPED", ok(manager().get(IT + "/tickets/" + no + "/sla")).get(0).get("clock").asText());

        // the workflow: waiting pauses the resolution clock; the requester's answer resumes it
        ok(http().as(NET_AGENT).post(IT + "/tickets/" + no + "/transitions", "{\"status\":\"IN_PROGRESS\"}"));
        JsonNode refused = http().as(NET_AGENT).post(IT + "/tickets/" + no + "/transitions", "{\"status\":\"CLOSED\"}")
                .json();
        assertEquals(409, refused.get("status").asInt());
        assertEquals("IN_PROGRESS", refused.get("ticketStatus").asText());
        ok(http().as(NET_AGENT).post(IT + "/tickets/" + no + "/transitions", "{\"status\":\"WAITING_ON_REQUESTER\"}"));
        JsonNode paused = ok(manager().get(IT + "/tickets/" + no + "/sla")).get(1);
        assertEquals("PAUSED", paused.get("clock").asText());
        assertTrue(paused.get("due").isNull());
        assertEquals(1, paused.get("pauses").size());
        created(http().as("alice").post(IT + "/tickets/" + no + "/comments", "{\"text\":\"still broken · 还是坏的\"}"));
        assertEquals("IN_PROGRESS", ok(manager().get(IT + "/tickets/" + no)).get("status").asText());
        JsonNode resumed = ok(manager().get(IT + "/tickets/" + no + "/sla")).get(1);
        assertEquals("RUNNING", resumed.get("clock").asText());
        assertFalse(resumed.get("pauses").get(0).get("to").isNull());

        // resolve, the requester reopens (resolution clock resumes), resolves again
        ok(http().as(NET_AGENT).post(IT + "/tickets/" + no + "/transitions", "{\"status\":\"RESOLVED\"}"));
        assertEquals("MET", ok(manager().get(IT + "/tickets/" + no + "/sla")).get(1).get("status").asText());
        ok(http().as("alice").post(IT + "/tickets/" + no + "/transitions", "{\"status\":\"IN_PROGRESS\"}"));
        assertEquals("RUNNING", ok(manager().get(IT + "/tickets/" + no + "/sla")).get(1).get("clock").asText());

        // history through the audit trail
        JsonNode history = ok(http().as("alice").get(IT + "/tickets/" + no + "/history"));
        assertTrue(history.toString(), history.toString().contains("WAITING_ON_REQUESTER"));
        assertTrue(history.toString().contains("\"agent\""));

        // links, watchers, merge: comments and watchers move to the surviving ticket
        String other = created(http().as("bob").post(IT + "/tickets", "{\"title\":\"Wi-Fi down too\",\"category\":\""
                + wifi + "\"}")).get("number").asText();
        created(http().as(NET_AGENT).post(IT + "/tickets/" + other + "/comments",
                "{\"text\":\"same as the other\"}"));
        ok(manager().post(IT + "/tickets/" + no + "/watchers", "{\"user\":\"" + VIEWER + "\"}"));
        assertField(manager().post(IT + "/tickets/" + no + "/links", "{\"kind\":\"SIBLING\",\"ticket\":\"" + other
                + "\"}"), "kind", "RELATED");
        ok(manager().post(IT + "/tickets/" + no + "/links", "{\"kind\":\"RELATED\",\"ticket\":\"" + other + "\"}"));
        JsonNode merged = ok(manager().post(IT + "/tickets/" + other + "/merge", "{\"into\":\"" + no + "\"}"));
        assertEquals("CLOSED", merged.get("status").asText());
        assertEquals(no, merged.get("mergedInto").asText());
        JsonNode survivor = ok(manager().get(IT + "/tickets/" + no));
        assertTrue(survivor.get("watchers").toString().contains("bob"));
        assertEquals(1, survivor.get("links").size());
        assertTrue(ok(manager().get(IT + "/tickets/" + no + "/comments")).toString().contains("same as the other"));
        assertProblem(manager().post(IT + "/tickets/" + other + "/merge", "{\"into\":\"" + no + "\"}"), 409);

        // the shell
        assertTrue(shell("it:tickets --view UNASSIGNED -n 500").contains("tickets"));
        assertTrue(shell("it:ticket " + no).contains(title));
        String opened = shell("it:ticket --open \"Printer jams\" --category " + wifi);
        assertTrue(opened, opened.contains("Printer jams"));
        String printer = opened.replaceAll("(?s).*(IT-\\d{4}-\\d{6}).*", "$1");
        assertTrue(shell("it:assign " + printer + " " + net + " " + NET_AGENT).contains("ASSIGNED"));
        assertTrue(shell("it:comment " + printer + " \"toner replaced\"").contains("comment #"));
        assertTrue(shell("it:sla " + printer).contains("RESOLUTION"));
        assertTrue(shell("it:resolve " + printer + " done").contains("RESOLVED"));
        shellRefuses("it:resolve --status NEW " + printer, "cannot move");
    }

    private void shellRefuses(String command, String detail) throws Exception {
        try {
            shell(command);
            throw new AssertionError(command + " was accepted");
        } catch (Exception refused) {
            assertTrue(refused.toString(), String.valueOf(refused.getMessage()).contains(detail));
        }
    }

    private static List<String> slaEvents(String number) throws Exception {
        List<String> seen = new ArrayList<>();
        for (String topic : List.of("SLA_WARNING", "SLA_BREACHED")) {
            JsonNode page = ok(http().as("admin").get("/api/events?topic=org/backoffice/it/" + topic + "&limit=500"));
            for (JsonNode e : page.get("items")) {
                if (e.get("key").asText().equals(number)) {
                    seen.add(topic + ":" + e.get("payload").get("target").asText() + "@"
                            + e.get("payload").get("threshold").asText());
                }
            }
        }
        return seen;
    }

    @Test
    public void slaScanSendsEachWarningAndBreachOnceAcrossARestart() throws Exception {
        ready();
        String calendar = unique("ALWAYS");
        StringBuilder windows = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            windows.append(windows.length() == 0 ? "" : ",").append("{\"day\":\"").append(day)
                    .append("\",\"from\":\"00:00\",\"to\":\"00:00\"}");
        }
        created(http().as("admin").post("/api/calendars", "{\"code\":\"" + calendar + "\",\"name\":\"24x7\","
                + "\"zone\":\"Europe/Berlin\",\"windows\":[" + windows + "],\"holidays\":[]}"));
        String fast = unique("FAST");
        ok(manager().put(IT + "/categories/" + fast, "{\"name\":\"Seconds\"}"));
        ok(manager().put(IT + "/sla-policies/" + fast, "{\"name\":\"Seconds\",\"rank\":1,\"category\":\"" + fast
                + "\",\"calendar\":\"" + calendar + "\",\"firstResponse\":\"PT1S\",\"resolution\":\"PT2S\","
                + "\"warnings\":[50]}"));
        String no = created(http().as("alice").post(IT + "/tickets", "{\"title\":\"Fast\",\"category\":\"" + fast
                + "\"}")).get("number").asText();
        List<String> expected = List.of("SLA_WARNING:FIRST_RESPONSE@50", "SLA_WARNING:RESOLUTION@50",
                "SLA_BREACHED:FIRST_RESPONSE@100", "SLA_BREACHED:RESOLUTION@100");
        eventually(20_000, "the scheduled scan's warnings and breaches", () -> slaEvents(no).size() == 4);
        assertEquals(expected.stream().sorted().toList(), slaEvents(no).stream().sorted().toList());
        JsonNode sla = ok(manager().get(IT + "/tickets/" + no + "/sla"));
        assertEquals("BREACHED", sla.get(1).get("status").asText());
        assertFalse(sla.get(1).get("breachedAt").isNull());
        assertTrue(sla.get(1).get("remainingSeconds").asLong() < 0);
        assertEquals("BREACHED", ok(http().as("alice").get(IT + "/tickets/" + no)).get("slaStatus").asText());

        // a restart of the module, and scans by hand: nothing is sent twice
        Bundle impl = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "org.backoffice.it.impl".equals(b.getSymbolicName())).findFirst().orElseThrow();
        impl.stop();
        impl.start();
        ready();
        eventually(30_000, "a scan after the restart", () -> manager().post(IT + "/sla-scan", "").status() == 200);
        assertEquals(0, ok(manager().post(IT + "/sla-scan", "")).get("sent").asInt());
        assertEquals(4, slaEvents(no).size());
        assertProblem(http().as(NET_AGENT).post(IT + "/sla-scan", ""), 403);

        // a longer target does not undo the breach
        ok(manager().put(IT + "/sla-policies/" + fast, "{\"name\":\"Seconds\",\"rank\":1,\"category\":\"" + fast
                + "\",\"calendar\":\"" + calendar + "\",\"firstResponse\":\"PT1H\",\"resolution\":\"PT8H\"}"));
        JsonNode after = ok(manager().get(IT + "/tickets/" + no + "/sla")).get(1);
        assertEquals(8 * 3600, after.get("targetSeconds").asLong());
        assertEquals("BREACHED", after.get("status").asText());
    }

    @Test
    public void assetsLicenceSeatsAndCompliance() throws Exception {
        ready();
        String tag = unique("LAP-");
        String model = "ThinkPad · מחשב נייד · حاسوب محمول · 笔记本";
        JsonNode asset = created(http().as(NET_AGENT).post(IT + "/assets", "{\"tag\":\"" + tag + "\",\"serial\":"
                + "\"SN-1\",\"model\":\"" + model + "\",\"manufacturer\":\"Lenovo\",\"category\":\"laptop\","
                + "\"purchaseDate\":\"2026-01-05\",\"cost\":1299.9,\"currency\":\"EUR\","
                + "\"warrantyEnd\":\"2029-01-05\"}"));
        assertEquals("IN_STOCK", asset.get("status").asText());
        assertEquals(0, new java.math.BigDecimal("1299.90").compareTo(Replies.dec(asset.get("cost"))));
        assertEquals(model, ok(http().as(VIEWER).get(IT + "/assets/" + tag)).get("model").asText());
        assertProblem(http().as(NET_AGENT).post(IT + "/assets", "{\"tag\":\"" + tag + "\",\"category\":\"laptop\"}"),
                409);
        assertField(http().as(NET_AGENT).post(IT + "/assets", "{\"tag\":\"bad tag\",\"category\":\"laptop\","
                + "\"cost\":-1,\"currency\":\"EUR\"}"), "cost", "zero or more");
        assertProblem(http().as(VIEWER).post(IT + "/assets", "{\"tag\":\"V1\",\"category\":\"laptop\"}"), 403);
        assertProblem(http().as("alice").get(IT + "/assets/" + tag), 403);
        assertProblem(http().as(VIEWER).get(IT + "/assets/NOPE-1"), 404);

        // check-out, holdings, check-in, history; a retired asset is not handed out
        assertEquals("ASSIGNED", ok(http().as(NET_AGENT).post(IT + "/assets/" + tag + "/checkout",
                "{\"holder\":\"alice\"}")).get("status").asText());
        assertProblem(http().as(NET_AGENT).post(IT + "/assets/" + tag + "/checkout", "{\"holder\":\"bob\"}"), 409);
        assertEquals(tag, ok(http().as(VIEWER).get(IT + "/assets/held-by/alice")).get("assets").get(0).get("tag")
                .asText());
        assertEquals("IN_STOCK", ok(http().as(NET_AGENT).post(IT + "/assets/" + tag + "/checkin",
                "{\"location\":\"Store 2\"}")).get("status").asText());
        ok(http().as(NET_AGENT).post(IT + "/assets/" + tag + "/status", "{\"status\":\"RETIRED\"}"));
        JsonNode refused = http().as(NET_AGENT).post(IT + "/assets/" + tag + "/checkout", "{\"holder\":\"bob\"}")
                .json();
        assertEquals(409, refused.get("status").asInt());
        assertEquals("RETIRED", refused.get("assetStatus").asText());
        JsonNode history = ok(http().as(VIEWER).get(IT + "/assets/" + tag + "/history"));
        assertEquals(history.toString(), List.of("CREATE", "CHECK_OUT", "CHECK_IN", "STATUS"),
                List.of(history.get(0).get("action").asText(), history.get(1).get("action").asText(),
                        history.get(2).get("action").asText(), history.get(3).get("action").asText()));
        assertEquals("alice", history.get(1).get("holder").asText());

        // attached to a ticket
        String no = created(http().as("alice").post(IT + "/tickets", "{\"title\":\"Laptop broken\"}"))
                .get("number").asText();
        assertEquals(tag, ok(manager().post(IT + "/tickets/" + no + "/assets", "{\"tag\":\"" + tag + "\"}"))
                .get("assets").get(0).asText());
        assertField(manager().post(IT + "/tickets/" + no + "/assets", "{\"tag\":\"NOPE-2\"}"), "asset", "existing");

        // licences: the key for managers only; the last seat taken twice at once goes to one of the two
        String code = unique("M365-");
        created(manager().post(IT + "/licences", "{\"code\":\"" + code + "\",\"product\":\"Office 365\",\"vendor\":"
                + "\"Microsoft\",\"key\":\"SECRET-KEY\",\"type\":\"PER_USER\",\"seats\":2,\"expiry\":\"2027-06-30\"}"));
        assertEquals("SECRET-KEY", ok(manager().get(IT + "/licences/" + code)).get("key").asText());
        assertTrue(ok(http().as(NET_AGENT).get(IT + "/licences/" + code)).get("key").isNull());
        assertField(manager().post(IT + "/licences", "{\"code\":\"L2\",\"product\":\"x\",\"type\":\"PER_USER\","
                + "\"seats\":0}"), "seats", "at least 1");
        ok(http().as(NET_AGENT).post(IT + "/licences/" + code + "/seats", "{\"assignee\":\"alice\"}"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> takers = List.of(
                    () -> http().as(NET_AGENT).post(IT + "/licences/" + code + "/seats", "{\"assignee\":\"bob\"}")
                            .status(),
                    () -> http().as(HW_AGENT).post(IT + "/licences/" + code + "/seats", "{\"assignee\":\"carol\"}")
                            .status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(takers)) {
                statuses.add(f.get());
            }
            assertEquals(statuses.toString(), List.of(200, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        JsonNode compliance = null;
        for (JsonNode c : ok(http().as(VIEWER).get(IT + "/licences/compliance"))) {
            if (c.get("licence").asText().equals(code)) {
                compliance = c;
            }
        }
        assertEquals(2, compliance.get("owned").asInt());
        assertEquals(2, compliance.get("used").asInt());
        assertEquals(0, compliance.get("overUse").asInt());
        ok(http().as(NET_AGENT).post(IT + "/licences/" + code + "/release", "{\"assignee\":\"alice\"}"));
        JsonNode seats = ok(http().as(VIEWER).get(IT + "/licences/" + code + "/seats"));
        assertEquals(seats.toString(), 2, seats.size());
        assertFalse(seats.get(0).get("to").isNull());
        assertEquals("alice", ok(http().as(VIEWER).get(IT + "/assets/held-by/alice")).get("holder").asText());

        // a renewal adds a seat and moves the expiry; the purchase history keeps both
        JsonNode renewed = ok(manager().post(IT + "/licences/" + code + "/purchases", "{\"seats\":1,\"expiry\":"
                + "\"2028-06-30\",\"cost\":480.00,\"currency\":\"EUR\"}"));
        assertEquals(3, renewed.get("seats").asInt());
        assertEquals(2, ok(http().as(VIEWER).get(IT + "/licences/" + code + "/purchases")).size());
        assertField(manager().post(IT + "/licences/" + code + "/purchases", "{\"seats\":-1}"), "seats", "zero");
        ok(http().as(NET_AGENT).post(IT + "/licences/" + code + "/seats", "{\"assignee\":\"dave\"}"));

        // expiry announcements: each item and threshold once, an overdue licence at every threshold
        assertEquals(List.of("WARRANTY " + tag + " 60", "LICENCE " + code + " 60", "LICENCE " + code + " 14"),
                expiry("2028-12-01", tag, code));
        assertEquals(List.of(), expiry("2028-12-01", tag, code));
        assertEquals(List.of("WARRANTY " + tag + " 14"), expiry("2028-12-25", tag, code));
        assertProblem(http().as(VIEWER).post(IT + "/assets/expiry-scan", ""), 403);

        // the shell
        String spare = unique("PHN-");
        created(http().as(NET_AGENT).post(IT + "/assets", "{\"tag\":\"" + spare + "\",\"category\":\"phone\"}"));
        assertTrue(shell("it:assets -q " + spare).contains(spare));
        assertTrue(shell("it:checkout " + spare + " bob").contains("ASSIGNED"));
        assertTrue(shell("it:checkin " + spare + " Desk").contains("IN_STOCK"));
        shellRefuses("it:checkout " + tag + " bob", "RETIRED");
        assertTrue(shell("it:licences").contains(code));
        assertTrue(shell("it:compliance").contains(code));
    }

    private static List<String> expiry(String asOf, String tag, String code) throws Exception {
        List<String> sent = new ArrayList<>();
        for (JsonNode line : ok(http().as(NET_AGENT).post(IT + "/assets/expiry-scan?asOf=" + asOf, ""))) {
            if (line.asText().contains(" " + tag + " ") || line.asText().contains(" " + code + " ")) {
                sent.add(line.asText());
            }
        }
        return sent;
    }

    /**
     * Uninstalling keeps the data and the module comes back with it; with HR installed, the HR–IT bridge opens an
     * on-boarding ticket per hire and an off-boarding ticket per termination, exactly once, and catches up on what
     * happened while IT was not installed. HR is removed again at the end: the other tests run without it.
     */
    @Test
    public void uninstallReinstallAndTheHrBridgeWithCatchUp() throws Exception {
        ready();
        String no = created(http().as("alice").post(IT + "/tickets", "{\"title\":\"Keep me · 保持\"}"))
                .get("number").asText();
        features.installFeature("backoffice-hr", EnumSet.noneOf(FeaturesService.Option.class));
        try {
            eventually(60_000, "HR", () -> http().as(HR_MANAGER).get("/api/hr/employees").status() == 200);
            String first = hire("Dana", "דנה");
            eventually(30_000, "the on-boarding ticket", () -> boarding("On-boarding " + first) == 1);

            features.uninstallFeature("backoffice-it", EnumSet.noneOf(FeaturesService.Option.class));
            eventually(30_000, "IT gone", () -> http().as("alice").get(IT + "/tickets/" + no).status() == 404);
            String second = hire("Li", "李");
            ok(http().as(HR_MANAGER).post("/api/hr/employees/" + first + "/terminate",
                    "{\"date\":\"2026-12-31\",\"reason\":\"Moved away\"}"));

            features.installFeature("backoffice-it", EnumSet.noneOf(FeaturesService.Option.class));
            eventually(60_000, "IT back", () -> http().as("alice").get(IT + "/tickets/" + no).status() == 200);
            assertEquals("Keep me · 保持", ok(http().as("alice").get(IT + "/tickets/" + no)).get("title").asText());
            eventually(30_000, "the caught-up tickets", () -> boarding("On-boarding " + second) == 1
                    && boarding("Off-boarding " + first) == 1);
            assertEquals(1, boarding("On-boarding " + first));
        } finally {
            features.uninstallFeature("backoffice-hr", EnumSet.noneOf(FeaturesService.Option.class));
        }
    }

    private static String hire(String given, String family) throws Exception {
        return created(http().as(HR_MANAGER).post("/api/hr/employees", "{\"givenName\":\"" + given
                + "\",\"familyName\":\"" + family + "\",\"hireDate\":\"2026-01-01\"}")).get("number").asText();
    }

    /** How many tickets have this title prefix (the bridge names the employee in the title). */
    private static int boarding(String title) throws Exception {
        int count = 0;
        for (JsonNode t : ok(manager().get(IT + "/tickets?limit=500&q=" + java.net.URLEncoder.encode(title,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))).get("items")) {
            if (t.get("title").asText().startsWith(title + " ")) {
                count++;
            }
        }
        return count;
    }
}
