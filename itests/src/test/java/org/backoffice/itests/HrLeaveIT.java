package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.dec;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.calendar.DayPart;
import org.backoffice.platform.api.calendar.Holiday;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Leave worked through a year: accruals, carry-over used first and expiring, approvals by the manager, refusals
 * (over the balance, a half day on a weekend, overlap, closed period, reason missing, outside the employment),
 * self-service and manager boundaries (404 for others), the viewer without reasons, REST and shell.
 */
@ExamReactorStrategy(PerSuite.class)
public class HrLeaveIT extends HrTestSupport {

    private static final String E = HR + "/employees";

    @Inject
    protected FeaturesService features;

    @Inject
    protected CalendarService calendars;

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        return hrOptions().toArray(new Option[0]);
    }

    @Before
    public void hrReady() throws Exception {
        if (!features.isInstalled(features.getFeature("backoffice-hr"))) {
            features.installFeature("backoffice-hr", EnumSet.noneOf(FeaturesService.Option.class));
        }
        eventually(60_000, "HR leave REST", () -> hrManager().get(HR + "/leave-types").status() == 200);
    }

    private static String hire(String given, String hired, String user, String manager) throws Exception {
        return hire(given, hired, user, manager, null);
    }

    private static String hire(String given, String hired, String user, String manager, String calendar)
            throws Exception {
        String json = "{\"givenName\":\"" + given + "\",\"familyName\":\"Leave\",\"hireDate\":\"" + hired + "\""
                + (calendar == null ? "" : ",\"calendar\":\"" + calendar + "\"")
                + (user == null ? "" : ",\"user\":\"" + user + "\"")
                + (manager == null ? "" : ",\"manager\":\"" + manager + "\"") + "}";
        return created(hrManager().post(E, json)).get("number").asText();
    }

    private static JsonNode balance(Http as, String number, String type, String asOf) throws Exception {
        for (JsonNode b : ok(as.get(E + "/" + number + "/leave-balances?asOf=" + asOf))) {
            if (b.get("type").asText().equals(type)) {
                return b;
            }
        }
        throw new AssertionError("no balance of " + type);
    }

    private static void assertAmount(String expected, JsonNode value) {
        assertEquals(value.toString(), 0, new BigDecimal(expected).compareTo(dec(value)));
    }

    private static Http.Reply request(Http as, String number, String json) throws Exception {
        return as.post(E + "/" + number + "/leave-requests", json);
    }

    private static long approve(Http as, long id) throws Exception {
        JsonNode r = ok(as.post(HR + "/leave-requests/" + id + "/approve", "{\"note\":\"ok\"}"));
        return r.get("id").asLong();
    }

    @Test
    public void aLeaveYearWorkedThrough() throws Exception {
        Http alice = http().as("erin");
        Http bob = http().as("frank");
        Http carol = http().as("grace");
        String boss = hire("Carol", "2020-01-01", "grace", null);
        // Alice works Monday to Friday; May 1 2026 is a holiday, May 6 2026 has its afternoon off
        String code = unique("LV").toUpperCase().replaceAll("[^A-Z0-9]", "");
        calendars.create(new BusinessCalendar(code, "Leave test", "Europe/Berlin", Stream.of(DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .map(d -> WorkingWindow.of(d, "09:00", "17:00")).toList(),
                List.of(Holiday.once("Labour Day", LocalDate.of(2026, 5, 1), DayPart.FULL),
                        Holiday.once("Half day", LocalDate.of(2026, 5, 6), DayPart.AFTERNOON)), null));
        String aliceNo = hire("Alice", "2025-01-01", "erin", boss, code);
        String bobNo = hire("Bob", "2025-01-01", "frank", null);

        // types: annual accrues 2 a month, at most 5 carried over, usable until March 31; sick needs a reason
        JsonNode annual = created(hrManager().post(HR + "/leave-types", "{\"code\":\"ANNUAL\","
                + "\"name\":\"חופשה שנתية 年假\",\"unit\":\"DAYS\",\"paid\":true,\"balanceRequired\":true,"
                + "\"approval\":\"MANAGER\",\"accrualPeriod\":\"MONTH\",\"accrualAmount\":2,\"roundingStep\":0.5,"
                + "\"carryOverMax\":5,\"carryOverExpiry\":\"03-31\"}"));
        assertEquals("חופשה שנתية 年假", annual.get("name").asText());
        created(hrManager().post(HR + "/leave-types", "{\"code\":\"SICK\",\"name\":\"Sick\",\"unit\":\"DAYS\","
                + "\"paid\":true,\"reasonRequired\":true,\"approval\":\"NONE\"}"));
        assertField(hrManager().post(HR + "/leave-types", "{\"code\":\"BAD\",\"name\":\"x\",\"unit\":\"DAYS\","
                + "\"approval\":\"NONE\",\"accrualPeriod\":\"MONTH\",\"accrualAmount\":1,\"roundingStep\":0.3}"),
                "roundingStep", "0.25");
        assertProblem(http().as(HR_VIEWER).post(HR + "/leave-types", "{\"code\":\"V\"}"), 403);

        // 2025: 24 accrued; idempotent
        JsonNode run = ok(hrManager().post(HR + "/leave-accruals/run?through=2025-12-31", ""));
        assertTrue(run.toString(), run.get("credited").asInt() >= 12);
        assertEquals(0, ok(hrManager().post(HR + "/leave-accruals/run?through=2025-12-31", ""))
                .get("credited").asInt());
        assertAmount("24", balance(alice, aliceNo, "ANNUAL", "2025-12-31").get("available"));

        // 10 days in November, approved by the manager; 5 in December approved by HR
        JsonNode nov = created(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2025-11-03\","
                + "\"to\":\"2025-11-14\"}"));
        assertAmount("10", nov.get("amount"));
        assertEquals("REQUESTED", nov.get("state").asText());
        assertEquals("MANAGER", nov.get("awaiting").asText());
        long novId = nov.get("id").asLong();
        assertProblem(bob.get(HR + "/leave-requests/" + novId), 404);
        assertProblem(bob.post(HR + "/leave-requests/" + novId + "/approve", "{}"), 404);
        assertProblem(alice.post(HR + "/leave-requests/" + novId + "/approve", "{}"), 404);
        assertTrue(ok(carol.get(HR + "/leave-requests?pending=true")).toString().contains(aliceNo));
        approve(carol, novId);
        assertEquals("APPROVED", ok(alice.get(HR + "/leave-requests/" + novId)).get("state").asText());
        long dec = created(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2025-12-01\","
                + "\"to\":\"2025-12-05\"}")).get("id").asLong();
        approve(hrManager(), dec);

        // 2026 opens with 9: 5 carried over, 4 lapse at once
        JsonNode jan = balance(alice, aliceNo, "ANNUAL", "2026-01-15");
        assertAmount("9", jan.get("opening"));
        assertAmount("5", jan.get("carriedOver"));
        assertAmount("4", jan.get("expired"));
        assertAmount("5", jan.get("available"));
        ok(hrManager().post(HR + "/leave-accruals/run?through=2026-04-30", ""));

        // 2 days in February come out of the carried-over days; the other 3 lapse after March 31
        long feb = created(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2026-02-02\","
                + "\"to\":\"2026-02-03\"}")).get("id").asLong();
        approve(carol, feb);
        assertAmount("9", balance(alice, aliceNo, "ANNUAL", "2026-03-31").get("available"));
        JsonNode april = balance(hrManager(), aliceNo, "ANNUAL", "2026-04-01");
        assertAmount("7", april.get("expired"));
        assertAmount("6", april.get("accrued"));
        assertAmount("2", april.get("used"));
        assertAmount("6", april.get("available"));
        assertTrue(april.get("movements").toString(), april.get("movements").toString().contains("CARRY_OVER"));

        // refusals, each naming its field and rule
        assertField(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2026-04-06\",\"to\":\"2026-04-24\"}"),
                "amount", "insufficientBalance");
        assertField(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2026-04-04\",\"part\":\"MORNING\"}"),
                "part", "halfDayOnNonWorkingDay");
        assertField(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2026-02-03\"}"), "from", "overlap");
        assertField(request(alice, aliceNo, "{\"type\":\"SICK\",\"from\":\"2026-04-08\"}"), "reason",
                "reasonRequired");
        assertField(request(alice, aliceNo, "{\"type\":\"SICK\",\"from\":\"2024-12-31\",\"reason\":\"flu\"}"),
                "from", "outsideEmployment");
        created(hrManager().post(HR + "/leave-closed-periods", "{\"from\":\"2026-06-01\",\"to\":\"2026-06-05\","
                + "\"name\":\"Inventory\"}"));
        assertField(request(alice, aliceNo, "{\"type\":\"SICK\",\"from\":\"2026-06-02\",\"reason\":\"flu\"}"),
                "from", "closedPeriod");

        // sick: approved at once; the viewer sees no reason, the employee does
        JsonNode sick = created(request(alice, aliceNo, "{\"type\":\"SICK\",\"from\":\"2026-04-08\","
                + "\"reason\":\"flu\"}"));
        assertEquals("APPROVED", sick.get("state").asText());
        assertTrue(ok(alice.get(E + "/" + aliceNo + "/leave-requests")).toString().contains("flu"));
        String viewed = ok(http().as(HR_VIEWER).get(E + "/" + aliceNo + "/leave-requests")).toString();
        assertTrue(viewed, viewed.contains("SICK") && !viewed.contains("flu"));

        // holidays inside a request do not count; a half day on a holiday is refused
        assertField(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2026-05-01\",\"part\":\"AFTERNOON\"}"),
                "part", "halfDayOnNonWorkingDay");
        JsonNode may = created(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2026-04-30\","
                + "\"to\":\"2026-05-08\"}"));
        assertAmount("5.5", may.get("amount"));
        ok(alice.post(HR + "/leave-requests/" + may.get("id").asLong() + "/withdraw", ""));

        // self-service boundaries
        assertProblem(bob.get(E + "/" + aliceNo + "/leave-balances?asOf=2026-04-01"), 404);
        assertProblem(bob.get(E + "/" + aliceNo + "/leave-requests"), 404);
        assertProblem(request(bob, aliceNo, "{\"type\":\"SICK\",\"from\":\"2026-04-09\",\"reason\":\"x\"}"), 404);
        ok(bob.get(E + "/" + bobNo + "/leave-balances"));
        assertProblem(alice.post(E + "/" + aliceNo + "/leave-adjustments", "{\"type\":\"ANNUAL\",\"amount\":5,"
                + "\"reason\":\"me\"}"), 403);

        // withdraw, cancel (days come back), adjust
        long apr = created(request(alice, aliceNo, "{\"type\":\"ANNUAL\",\"from\":\"2026-04-27\"}"))
                .get("id").asLong();
        assertEquals("WITHDRAWN", ok(alice.post(HR + "/leave-requests/" + apr + "/withdraw", ""))
                .get("state").asText());
        assertEquals("CANCELLED", ok(hrManager().post(HR + "/leave-requests/" + feb + "/cancel",
                "{\"note\":\"project moved\"}")).get("state").asText());
        assertAmount("0", balance(alice, aliceNo, "ANNUAL", "2026-03-31").get("used"));
        JsonNode adjusted = ok(hrManager().post(E + "/" + aliceNo + "/leave-adjustments",
                "{\"type\":\"ANNUAL\",\"date\":\"2026-04-30\",\"amount\":1.5,\"reason\":\"overtime\"}"));
        assertAmount("1.5", adjusted.get("adjusted"));
        assertField(hrManager().post(E + "/" + aliceNo + "/leave-adjustments", "{\"type\":\"ANNUAL\","
                + "\"amount\":1}"), "reason", "");

        // shell and calendar
        String shown = shell("hr:leave-balance --as-of 2026-04-01 --explain " + aliceNo);
        assertTrue(shown, shown.contains("ANNUAL") && shown.contains("CARRY_OVER"));
        String away = shell("hr:leave-calendar 2025-11-01 2025-11-30");
        assertTrue(away, away.contains(aliceNo));
        assertTrue(ok(hrManager().get(HR + "/leave-calendar?from=2025-11-01&to=2025-11-30")).toString()
                .contains(aliceNo));
        String requested = shell("hr:leave-request " + aliceNo + " ANNUAL 2026-05-04");
        assertTrue(requested, requested.contains("REQUESTED"));
        String pending = shell("hr:leave-approve");
        assertTrue(pending, pending.contains(aliceNo));
        long mayFourth = ok(alice.get(E + "/" + aliceNo + "/leave-requests")).get(0).get("id").asLong();
        String approved = shell("hr:leave-approve " + mayFourth);
        assertTrue(approved, approved.contains("APPROVED"));
    }
}
