package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The platform's business calendars over REST and the shell: CRUD, problems, arithmetic, DST, audit. */
@ExamReactorStrategy(PerSuite.class)
public class CalendarIT extends BackofficeTestSupport {

    private static final String BERLIN = "{\"code\":\"DE-BE\",\"name\":\"Berlin עברית العربية 中文\","
            + "\"zone\":\"Europe/Berlin\",\"windows\":["
            + "{\"day\":\"MONDAY\",\"from\":\"09:00\",\"to\":\"12:30\"},"
            + "{\"day\":\"MONDAY\",\"from\":\"13:30\",\"to\":\"17:30\"},"
            + "{\"day\":\"TUESDAY\",\"from\":\"09:00\",\"to\":\"17:00\"},"
            + "{\"day\":\"WEDNESDAY\",\"from\":\"09:00\",\"to\":\"17:00\"},"
            + "{\"day\":\"THURSDAY\",\"from\":\"09:00\",\"to\":\"17:00\"},"
            + "{\"day\":\"FRIDAY\",\"from\":\"09:00\",\"to\":\"17:00\"}],"
            + "\"holidays\":["
            + "{\"name\":\"Karfreitag\",\"rule\":\"EASTER\",\"easterOffset\":-2},"
            + "{\"name\":\"Ostermontag\",\"rule\":\"EASTER\",\"easterOffset\":1,\"part\":\"FULL\"},"
            + "{\"name\":\"ראש השנה\",\"rule\":\"ONE_OFF\",\"date\":\"2026-09-14\"},"
            + "{\"name\":\"عيد الفطر\",\"rule\":\"ONE_OFF\",\"date\":\"2026-03-20\",\"part\":\"AFTERNOON\"},"
            + "{\"name\":\"春节\",\"rule\":\"YEARLY\",\"month\":2,\"day\":17,\"fromYear\":2026,\"toYear\":2026}]}";

    @Test
    public void calendarsOverRestAndShell() throws Exception {
        // the default calendar exists and any authenticated user reads it
        JsonNode standard = ok(http().as("nobody").get("/api/calendars/DEFAULT"));
        assertEquals("UTC", standard.get("zone").asText());
        assertEquals(5, standard.get("windows").size());
        assertTrue(ok(http().as("viewer").get("/api/calendars")).get("total").asInt() >= 1);

        // writes are for admins; bad input names the field and writes nothing
        assertProblem(http().as("nobody").post("/api/calendars", BERLIN), 403);
        assertField(http().as("admin").post("/api/calendars", BERLIN.replace("Europe/Berlin", "+02:00")), "zone",
                "IANA");
        assertField(http().as("admin").post("/api/calendars", BERLIN.replace("Europe/Berlin", "UTC+2")), "zone",
                "IANA");
        assertField(http().as("admin").post("/api/calendars", BERLIN.replace("\"13:30\"", "\"12:00\"")),
                "windows[1]", "overlaps");
        assertField(http().as("admin").post("/api/calendars", BERLIN.replace("\"easterOffset\":-2",
                "\"easterOffset\":-200")), "holidays[0].easterOffset", "between");
        assertField(http().as("admin").post("/api/calendars", BERLIN.replace("\"month\":2,\"day\":17",
                "\"month\":2,\"day\":30")), "holidays[4].day", "between");
        assertProblem(http().as("admin").post("/api/calendars", BERLIN.replace("\"FULL\"", "\"EVENING\"")), 400);
        assertProblem(http().as("admin").post("/api/calendars", ""), 400);
        assertProblem(http().as("admin").get("/api/calendars/DE-BE"), 404);

        Http.Reply posted = http().as("admin").post("/api/calendars", BERLIN);
        JsonNode berlin = created(posted);
        assertTrue(posted.header("Location").endsWith("/api/calendars/DE-BE"));
        assertEquals(1, berlin.get("version").asLong());
        assertProblem(http().as("admin").post("/api/calendars", BERLIN), 409);
        JsonNode read = ok(http().as("nobody").get("/api/calendars/DE-BE"));
        assertEquals("Berlin עברית العربية 中文", read.get("name").asText());
        assertEquals("ראש השנה", read.get("holidays").get(2).get("name").asText());
        assertEquals("عيد الفطر", read.get("holidays").get(3).get("name").asText());
        assertEquals("春节", read.get("holidays").get(4).get("name").asText());
        assertEquals("FULL", read.get("holidays").get(0).get("part").asText());

        // days: Easter 2026 (Good Friday April 3, Easter Monday April 6), a half day, holiday names in any script
        JsonNode easter = ok(http().as("nobody").get("/api/calendars/DE-BE/days?from=2026-04-02&to=2026-04-07"));
        assertEquals(6, easter.size());
        assertEquals("Karfreitag", easter.get(1).get("holiday").asText());
        assertEquals(false, easter.get(1).get("workingDay").asBoolean());
        assertEquals("Ostermontag", easter.get(4).get("holiday").asText());
        assertEquals(0, new BigDecimal("8").compareTo(easter.get(5).get("workingHours").decimalValue()));
        JsonNode eid = ok(http().as("nobody").get("/api/calendars/DE-BE/days?from=2026-03-20&to=2026-03-20")).get(0);
        assertEquals("عيد الفطر", eid.get("holiday").asText());
        assertEquals(0, new BigDecimal("0.5").compareTo(eid.get("fraction").decimalValue()));
        assertEquals("PT3H", eid.get("workingTime").asText());
        assertEquals("春节", ok(http().as("nobody").get("/api/calendars/DE-BE/days?from=2026-02-17&to=2026-02-17"))
                .get(0).get("holiday").asText());
        assertField(http().as("nobody").get("/api/calendars/DE-BE/days?from=2026-01-01&to=2027-01-02"), "to",
                "366");
        assertField(http().as("nobody").get("/api/calendars/DE-BE/days?from=2026-01-05&to=2026-01-04"), "to",
                "before");
        assertField(http().as("nobody").get("/api/calendars/DE-BE/days?from=2026-13-01&to=2026-01-04"), "from",
                "date");
        assertField(http().as("nobody").get("/api/calendars/DE-BE/days?to=2026-01-04"), "from", "required");
        assertProblem(http().as("nobody").get("/api/calendars/NOPE/days?from=2026-01-01&to=2026-01-02"), 404);

        JsonNode april = ok(http().as("nobody").get("/api/calendars/DE-BE/working-days?from=2026-04-01&to=2026-04-30"));
        assertEquals(20, april.get("workingDays").asInt());

        // add: Friday 16:00 CET (15:00Z) + 2 h over the spring-forward weekend = Monday 10:00 CEST (08:00Z)
        JsonNode due = ok(http().as("nobody").get("/api/calendars/DE-BE/add?start=2026-03-27T15:00:00Z&hours=2"));
        assertEquals("2026-03-30T08:00:00Z", due.get("due").asText());
        // Thursday before Easter 16:00 CEST + 3h = Tuesday 11:00 CEST; exactly at closing is due at closing
        assertEquals("2026-04-07T09:00:00Z", ok(http().as("nobody")
                .get("/api/calendars/DE-BE/add?start=2026-04-02T14:00:00Z&hours=PT3H")).get("due").asText());
        assertEquals("2026-01-05T10:30:00Z", ok(http().as("nobody")
                .get("/api/calendars/DE-BE/add?start=2026-01-05T08:00:00Z&hours=2.5")).get("due").asText());
        assertField(http().as("nobody").get("/api/calendars/DE-BE/add?start=2026-01-05T08:00:00Z&hours=-1"), "hours",
                "negative");
        assertField(http().as("nobody").get("/api/calendars/DE-BE/add?start=yesterday&hours=1"), "start", "instant");
        assertField(http().as("nobody").get("/api/calendars/DE-BE/add?start=2026-01-05T08:00:00Z&hours=lots"),
                "hours", "decimal");

        // business time across a night and the fall-back weekend (Friday 16:00 CEST to Monday 10:00 CET: 2 h)
        JsonNode elapsed = ok(http().as("nobody").get(
                "/api/calendars/DE-BE/business-time?from=2026-10-23T14:00:00Z&to=2026-10-26T09:00:00Z"));
        assertEquals("PT2H", elapsed.get("duration").asText());
        assertEquals(0, new BigDecimal("2").compareTo(elapsed.get("hours").decimalValue()));
        assertField(http().as("nobody").get(
                "/api/calendars/DE-BE/business-time?from=2026-10-26T09:00:00Z&to=2026-10-23T14:00:00Z"), "to",
                "before");

        // update: version required, stale version 409, the arithmetic follows at once
        String update = BERLIN.replace("\"name\":\"Berlin עברית العربية 中文\"", "\"name\":\"Berlin\"")
                .replace("{\"name\":\"Karfreitag\",\"rule\":\"EASTER\",\"easterOffset\":-2},", "");
        assertField(http().as("admin").put("/api/calendars/DE-BE", update), "version", "required");
        assertProblem(http().as("nobody").put("/api/calendars/DE-BE", versioned(update, 1)), 403);
        JsonNode updated = ok(http().as("admin").put("/api/calendars/DE-BE", versioned(update, 1)));
        assertEquals(2, updated.get("version").asLong());
        assertProblem(http().as("admin").put("/api/calendars/DE-BE", versioned(update, 1)), 409);
        assertProblem(http().as("admin").put("/api/calendars/NOPE", versioned(update.replace("DE-BE", "NOPE"), 1)),
                404);
        assertTrue(ok(http().as("nobody").get("/api/calendars/DE-BE/days?from=2026-04-03&to=2026-04-03")).get(0)
                .get("workingDay").asBoolean());

        // the shell
        String list = shell("backoffice:calendars");
        assertTrue(list, list.contains("DE-BE") && list.contains("Europe/Berlin") && list.contains("DEFAULT"));
        String days = shell("backoffice:calendar-days DE-BE 2026-04-05 2026-04-07");
        assertTrue(days, days.contains("Ostermontag") && days.contains("2026-04-07") && days.contains("8:00")
                && days.contains("1 working days of 3"));
        String add = shell("backoffice:calendar-add DE-BE 2026-03-27T15:00:00Z 2");
        assertTrue(add, add.contains("2026-03-30T08:00:00Z") && add.contains("2026-03-30T10:00+02:00[Europe/Berlin]"));

        // delete: DEFAULT never, unknown 404; then the calendar is gone
        assertProblem(http().as("admin").send("/api/calendars/DEFAULT", "DELETE", null, (String) null), 409);
        assertProblem(http().as("admin").send("/api/calendars/NOPE", "DELETE", null, (String) null), 404);
        assertEquals(204, http().as("admin").send("/api/calendars/DE-BE", "DELETE", null, (String) null).status());
        assertProblem(http().as("nobody").get("/api/calendars/DE-BE"), 404);

        // every write is in the audit trail, and the event log has the changes
        JsonNode audit = ok(http().as("admin").get("/api/audit?module=platform&entity=Calendar&entityId=DE-BE"));
        assertEquals(audit.toString(), 3, audit.get("total").asInt());
        String actions = audit.get("items").findValuesAsText("action").toString();
        assertTrue(actions, actions.contains("CREATE") && actions.contains("UPDATE") && actions.contains("DELETE"));
        assertTrue(audit.toString(), audit.toString().contains("holidays[0]"));
        JsonNode events = ok(http().as("admin").get("/api/events?topic=org/backoffice/platform/CALENDAR_CHANGED"));
        assertTrue(events.toString(), events.get("items").size() >= 3);
    }

    private static String versioned(String json, long version) {
        return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
    }
}
