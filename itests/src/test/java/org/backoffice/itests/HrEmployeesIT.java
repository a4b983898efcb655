package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Employees and organisation: hire over REST and the shell, who sees what (manager, viewer, self-service), effective
 * dating with asOf and history, contracts, cycles refused, CSV import and export, personal data and anonymisation,
 * names in any script, and uninstall/reinstall keeping the data.
 */
@ExamReactorStrategy(PerSuite.class)
public class HrEmployeesIT extends HrTestSupport {

    private static final String E = HR + "/employees";

    @Inject
    protected FeaturesService features;

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
        eventually(60_000, "HR REST", () -> hrManager().get(E).status() == 200);
    }

    private static String employee(String given, String family, String hired, String... more) {
        StringBuilder json = new StringBuilder("{\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"hireDate\":\"" + hired + "\"");
        for (int i = 0; i < more.length; i += 2) {
            json.append(",\"").append(more[i]).append("\":");
            json.append(more[i + 1].startsWith("{") ? more[i + 1] : "\"" + more[i + 1] + "\"");
        }
        return json.append('}').toString();
    }

    private static JsonNode hire(String json) throws Exception {
        Http.Reply reply = hrManager().post(E, json);
        JsonNode body = created(reply);
        assertTrue(reply.header("Location"), reply.header("Location").endsWith(E + "/" + body.get("number").asText()));
        return body;
    }

    private static JsonNode department(String code, String parent) throws Exception {
        return created(hrManager().post(HR + "/departments", "{\"code\":\"" + code + "\",\"name\":\"Dept " + code
                + "\"" + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}"));
    }

    @Test
    public void hireReadAndRoles() throws Exception {
        String dept = unique("D");
        department(dept, null);
        created(hrManager().post(HR + "/positions", "{\"code\":\"" + dept + "-DEV\",\"title\":\"Developer\","
                + "\"department\":\"" + dept + "\",\"plannedHeadcount\":3}"));
        JsonNode boss = hire(employee("Dana", "Boss", "2020-01-01", "department", dept));
        assertTrue(boss.get("number").asText(), boss.get("number").asText().startsWith("EMP-2020-"));
        String bossNo = boss.get("number").asText();
        String aliceNo = unique("A-");
        JsonNode alice = hire(employee("Alice", "Cohen", "2021-02-01", "number", aliceNo, "department", dept,
                "position", dept + "-DEV", "manager", bossNo, "user", "alice", "birthDate", "1990-05-04",
                "nationalId", "756.1234.5678.97", "iban", "DE89 3704 0044 0532 0130 00", "bic", "COBADEFFXXX",
                "homeAddress", "{\"street\":\"Main 1\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"}",
                "emergencyContact", "Bob +49 30 1234"));
        assertEquals("DE89370400440532013000", alice.get("iban").asText());
        assertEquals(bossNo, alice.get("manager").asText());
        assertEquals("ACTIVE", alice.get("status").asText());
        String bobNo = hire(employee("Bob", "Levi", "2021-03-01", "user", "bob", "department", dept))
                .get("number").asText();

        // bad input: nothing written
        assertField(hrManager().post(E, employee("X", "Y", "2021-01-01", "department", "NOPE")), "department",
                "unknown");
        assertField(hrManager().post(E, employee("X", "Y", "2021-01-01", "manager", "NOPE")), "manager", "unknown");
        assertField(hrManager().post(E, employee("X", "Y", "2021-01-01", "iban", "DE00 1234")), "iban", "IBAN");
        assertProblem(hrManager().post(E, employee("X", "Y", "2021-01-01", "number", aliceNo)), 409);
        assertProblem(http().as(HR_VIEWER).post(E, employee("X", "Y", "2021-01-01")), 403);

        // the viewer: directory without personal fields
        JsonNode seen = ok(http().as(HR_VIEWER).get(E + "/" + aliceNo));
        assertEquals("Alice", seen.get("givenName").asText());
        assertTrue(seen.toString(), seen.get("birthDate").isNull() && seen.get("iban").isNull()
                && seen.get("homeAddress").isNull() && seen.get("nationalId").isNull());
        JsonNode list = ok(http().as(HR_VIEWER).get(E + "?department=" + dept));
        assertEquals(3, list.get("total").asInt());
        for (JsonNode item : list.get("items")) {
            assertTrue(item.get("birthDate").isNull() && item.get("iban").isNull());
        }
        assertEquals(1, ok(hrManager().get(E + "?manager=" + bossNo)).get("total").asInt());
        assertEquals(1, ok(hrManager().get(E + "?q=cohen&department=" + dept)).get("total").asInt());
        assertProblem(hrManager().get(E + "?status=SLEEPING"), 422);
        // contracts: a viewer sees no pay
        created(hrManager().post(E + "/" + aliceNo + "/contracts", "{\"type\":\"PERMANENT\",\"start\":\"2021-02-01\","
                + "\"ftePercent\":100,\"weeklyHours\":40,\"workDays\":5,\"payAmount\":5000.00,\"payCurrency\":\"EUR\","
                + "\"payFrequency\":\"MONTHLY\",\"noticeDays\":90}"));
        assertTrue(ok(http().as(HR_VIEWER).get(E + "/" + aliceNo + "/contracts")).get(0).get("payAmount").isNull());

        // self-service: alice sees herself with personal fields, nobody else (404)
        JsonNode self = ok(http().as("alice").get(E + "/" + aliceNo));
        assertEquals("1990-05-04", self.get("birthDate").asText());
        assertEquals("5000.00", ok(http().as("alice").get(E + "/" + aliceNo + "/contracts")).get(0)
                .get("payAmount").decimalValue().setScale(2).toPlainString());
        assertProblem(http().as("alice").get(E + "/" + bobNo), 404);
        assertProblem(http().as("alice").get(E + "/" + bobNo + "/contracts"), 404);
        assertProblem(http().as("alice").get(E + "/" + bobNo + "/history"), 404);
        assertProblem(http().as("carol").get(E + "/" + aliceNo), 404);
        assertEquals(1, ok(http().as("alice").get(E)).get("total").asInt());
        assertProblem(http().as("alice").put(E + "/" + aliceNo, alice.toString()), 403);

        // every read of personal fields is in the audit trail
        assertEquals("756.1234.5678.97", ok(hrManager().get(E + "/" + aliceNo)).get("nationalId").asText());
        JsonNode audit = ok(http().as("admin").get("/api/audit?module=hr&entity=Employee&entityId=" + aliceNo
                + "&limit=100"));
        boolean byAlice = false;
        boolean byManager = false;
        for (JsonNode record : audit.get("items")) {
            if ("READ_PERSONAL".equals(record.get("action").asText())) {
                byAlice |= "alice".equals(record.get("user").asText());
                byManager |= HR_MANAGER.equals(record.get("user").asText());
            }
        }
        assertTrue(audit.toString(), byAlice && byManager);

        // update with version: stale is a 409
        long version = alice.get("version").asLong();
        com.fasterxml.jackson.databind.node.ObjectNode edit = alice.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) edit.get("homeAddress")).remove("empty");
        edit.put("workPhone", "+49 30 5555");
        String updated = edit.toString();
        JsonNode after = ok(hrManager().put(E + "/" + aliceNo, updated));
        assertEquals("+49 30 5555", after.get("workPhone").asText());
        assertProblem(hrManager().put(E + "/" + aliceNo, updated), 409);
        assertTrue(after.get("version").asLong() > version);
    }

    @Test
    public void effectiveDatingHistoryAndCycles() throws Exception {
        String sales = unique("S");
        String north = unique("N");
        department(sales, null);
        department(north, sales);
        String top = hire(employee("Top", "Chief", "2020-01-01", "department", sales)).get("number").asText();
        String mid = hire(employee("Mid", "Lead", "2020-01-01", "department", sales, "manager", top))
                .get("number").asText();
        String low = hire(employee("Low", "Staff", "2020-01-01", "department", sales, "manager", mid))
                .get("number").asText();
        ok(hrManager().post(E + "/" + low + "/changes", "{\"effectiveFrom\":\"2022-03-01\",\"department\":\""
                + north + "\",\"manager\":\"" + top + "\"}"));
        JsonNode before = ok(hrManager().get(E + "/" + low + "?asOf=2022-02-28"));
        assertEquals(sales, before.get("department").asText());
        assertEquals(mid, before.get("manager").asText());
        JsonNode on = ok(hrManager().get(E + "/" + low + "?asOf=2022-03-01"));
        assertEquals(north, on.get("department").asText());
        assertEquals(top, on.get("manager").asText());
        assertEquals(north, ok(hrManager().get(E + "/" + low)).get("department").asText());
        JsonNode history = ok(hrManager().get(E + "/" + low + "/history"));
        assertEquals(history.toString(), 2, history.size());
        assertEquals("HIRED", history.get(0).get("kind").asText());
        assertEquals("2022-03-01", history.get(1).get("effectiveFrom").asText());
        assertProblem(hrManager().get(E + "/" + low + "?asOf=yesterday"), 422);

        // reporting line cycle: top under mid (mid reports to top)
        assertField(hrManager().post(E + "/" + top + "/changes", "{\"effectiveFrom\":\"2023-01-01\",\"manager\":\""
                + mid + "\"}"), "manager", "cycle");
        assertField(hrManager().post(E + "/" + top + "/changes", "{\"effectiveFrom\":\"2023-01-01\",\"manager\":\""
                + top + "\"}"), "manager", "own manager");
        // department cycle: sales under its own child
        JsonNode salesDept = ok(hrManager().get(HR + "/departments/" + sales));
        assertField(hrManager().put(HR + "/departments/" + sales, "{\"name\":\"Sales\",\"parent\":\"" + north
                + "\",\"version\":" + salesDept.get("version").asLong() + "}"), "parent", "cycle");
        assertField(hrManager().put(HR + "/departments/" + sales, "{\"name\":\"Sales\",\"parent\":\"" + sales
                + "\",\"version\":" + salesDept.get("version").asLong() + "}"), "parent", "cycle");
        // head and org chart
        ok(hrManager().put(HR + "/departments/" + sales, "{\"name\":\"Sales\",\"head\":\"" + top
                + "\",\"version\":" + salesDept.get("version").asLong() + "}"));
        JsonNode chart = ok(http().as(HR_VIEWER).get(HR + "/org-chart"));
        JsonNode salesUnit = null;
        for (JsonNode unit : chart) {
            if (unit.get("code").asText().equals(sales)) {
                salesUnit = unit;
            }
        }
        assertTrue(chart.toString(), salesUnit != null);
        assertEquals(top, salesUnit.get("head").asText());
        assertEquals(2, salesUnit.get("actualHeadcount").asInt());
        assertEquals(1, salesUnit.get("children").get(0).get("actualHeadcount").asInt());
        assertTrue(shell("hr:org").contains(sales));
    }

    @Test
    public void contractsNeverOverlap() throws Exception {
        String no = hire(employee("Con", "Tract", "2022-01-01")).get("number").asText();
        String c = E + "/" + no + "/contracts";
        assertField(hrManager().post(c, "{\"type\":\"FIXED_TERM\",\"start\":\"2022-01-01\"}"), "end", "");
        assertField(hrManager().post(c, "{\"type\":\"PERMANENT\",\"start\":\"2021-01-01\"}"), "start", "hire date");
        assertField(hrManager().post(c, "{\"type\":\"PERMANENT\",\"start\":\"2022-01-01\",\"payAmount\":-1,"
                + "\"payCurrency\":\"EUR\",\"payFrequency\":\"MONTHLY\"}"), "payAmount", "");
        assertField(hrManager().post(c, "{\"type\":\"PERMANENT\",\"start\":\"2022-01-01\",\"payAmount\":1.001,"
                + "\"payCurrency\":\"EUR\",\"payFrequency\":\"MONTHLY\"}"), "payAmount", "");
        created(hrManager().post(c, "{\"type\":\"FIXED_TERM\",\"start\":\"2022-01-01\",\"end\":\"2022-12-31\","
                + "\"payAmount\":3000,\"payCurrency\":\"EUR\",\"payFrequency\":\"MONTHLY\"}"));
        assertField(hrManager().post(c, "{\"type\":\"PERMANENT\",\"start\":\"2022-01-01\"}"), "start", "overlaps");
        created(hrManager().post(c, "{\"type\":\"PERMANENT\",\"start\":\"2023-01-01\",\"payAmount\":3200,"
                + "\"payCurrency\":\"EUR\",\"payFrequency\":\"MONTHLY\"}"));
        // a raise is a new version: the open one ends the day before
        created(hrManager().post(c, "{\"type\":\"PERMANENT\",\"start\":\"2024-01-01\",\"payAmount\":3500,"
                + "\"payCurrency\":\"EUR\",\"payFrequency\":\"MONTHLY\"}"));
        JsonNode contracts = ok(hrManager().get(c));
        assertEquals(3, contracts.size());
        assertEquals("2023-12-31", contracts.get(1).get("end").asText());
        assertTrue(contracts.get(2).get("end").isNull());
        assertField(hrManager().post(c, "{\"type\":\"PERMANENT\",\"start\":\"2023-06-01\"}"), "start", "overlaps");
        JsonNode history = ok(hrManager().get(E + "/" + no + "/history"));
        assertEquals(history.toString(), 4, history.size());

        // terminate ends the open contract
        JsonNode terminated = ok(hrManager().post(E + "/" + no + "/terminate",
                "{\"date\":\"2024-06-30\",\"reason\":\"Moved abroad\"}"));
        assertEquals("TERMINATED", terminated.get("status").asText());
        assertEquals("2024-06-30", ok(hrManager().get(c)).get(2).get("end").asText());
        assertProblem(hrManager().post(E + "/" + no + "/terminate", "{\"date\":\"2024-07-30\",\"reason\":\"x\"}"), 409);
        String hiredEvents = http().as("admin").get("/api/events?topic=org/backoffice/hr/EMPLOYEE_HIRED&limit=500")
                .body();
        assertTrue(hiredEvents, hiredEvents.contains(no));
        String terminatedEvents = http().as("admin").get(
                "/api/events?topic=org/backoffice/hr/EMPLOYEE_TERMINATED&limit=500").body();
        assertTrue(terminatedEvents, terminatedEvents.contains(no) && !terminatedEvents.contains("Moved abroad"));
        String changedEvents = http().as("admin").get("/api/events?topic=org/backoffice/hr/EMPLOYEE_CHANGED&limit=500")
                .body();
        assertTrue(changedEvents, changedEvents.contains(no));
    }

    @Test
    public void csvImportIsAllOrNothingAndExportRoundTrips() throws Exception {
        String tag = unique("CSV");
        String bad = "number,givenName,familyName,hireDate,department\r\n"
                + tag + "-1,Ok,Person,2024-01-01,\r\n"
                + tag + "-2,,Nameless,2024-01-01,\r\n"
                + tag + "-3,Bad,Date,2024-13-01,\r\n";
        Http.Reply refused = hrManager().send(E + "/import", "POST", "text/csv", bad);
        assertField(refused, "row 3.hireDate", "");
        assertEquals(0, ok(hrManager().get(E + "?q=" + tag)).get("total").asInt());
        refused = hrManager().send(E + "/import", "POST", "text/csv", "number,givenName,familyName,hireDate\r\n"
                + tag + "-1,Ok,Person,2024-01-01\r\n" + tag + "-2,,Nameless,2024-01-01\r\n");
        assertField(refused, "row 2.givenName", "");
        assertEquals(0, ok(hrManager().get(E + "?q=" + tag)).get("total").asInt());

        String good = "number,givenName,familyName,hireDate,manager\r\n"
                + tag + "-1,שרה,כהן,2024-01-01,\r\n"
                + tag + "-2,فاطمة,\"الزهراء, د\",2024-01-01," + tag + "-1\r\n"
                + tag + "-3,伟,王,2024-01-01," + tag + "-1\r\n";
        JsonNode imported = ok(hrManager().send(E + "/import", "POST", "text/csv; charset=UTF-8", good));
        assertEquals(3, imported.get("imported").asInt());
        assertEquals("שרה", ok(hrManager().get(E + "/" + tag + "-1")).get("givenName").asText());
        assertEquals("الزهراء, د", ok(hrManager().get(E + "/" + tag + "-2")).get("familyName").asText());
        assertEquals(tag + "-1", ok(hrManager().get(E + "/" + tag + "-3")).get("manager").asText());
        Http.Reply export = http().as(HR_VIEWER).get(E + "/export", "text/csv");
        assertEquals(export.toString(), 200, export.status());
        assertTrue(export.contentType(), export.contentType().startsWith("text/csv"));
        assertTrue(export.body(), export.body().contains(tag + "-2,فاطمة,\"الزهراء, د\",")
                && export.body().contains("伟,王") && export.body().contains("שרה,כהן"));
        assertFalse(export.body().contains("birthDate"));
        // shell: list, show, hire, terminate
        assertTrue(shell("hr:employee-list -q " + tag).contains("3 of 3 employees"));
        assertTrue(shell("hr:employee-show " + tag + "-3").contains("王"));
        String hired = shell("hr:hire --hired 2024-02-01 --number " + tag + "-9 Shell Person");
        assertTrue(hired, hired.contains(tag + "-9"));
        assertTrue(shell("hr:terminate " + tag + "-9 2024-03-31 \"Trial\"").contains("2024-03-31"));
        assertEquals("TERMINATED", ok(hrManager().get(E + "/" + tag + "-9")).get("status").asText());
    }

    @Test
    public void personalDataExportAndAnonymisation() throws Exception {
        String no = hire(employee("Gdpr", "Subject", "2001-01-01", "user", "dave", "birthDate", "1970-01-01",
                "iban", "DE89370400440532013000")).get("number").asText();
        JsonNode data = ok(hrManager().get(E + "/" + no + "/personal-data"));
        assertEquals("1970-01-01", data.get("employee").get("birthDate").asText());
        assertTrue(data.get("audit").size() >= 1);
        assertTrue(data.has("history") && data.has("contracts"));
        assertProblem(http().as(HR_VIEWER).get(E + "/" + no + "/personal-data"), 403);
        assertProblem(http().as("carol").get(E + "/" + no + "/personal-data"), 404);
        ok(http().as("dave").get(E + "/" + no + "/personal-data"));

        // not terminated, then not past retention: 409
        assertProblem(hrManager().post(E + "/" + no + "/anonymise", null), 409);
        ok(hrManager().post(E + "/" + no + "/terminate", "{\"date\":\"2010-12-31\",\"reason\":\"Retired\"}"));
        ok(hrManager().post(E + "/" + no + "/legal-hold", null));
        assertProblem(hrManager().post(E + "/" + no + "/anonymise", null), 409);
        ok(hrManager().send(E + "/" + no + "/legal-hold", "DELETE", null, (String) null));
        JsonNode anonymised = ok(hrManager().post(E + "/" + no + "/anonymise", null));
        assertEquals(no, anonymised.get("number").asText());
        assertTrue(anonymised.get("birthDate").isNull() && anonymised.get("iban").isNull()
                && anonymised.get("user").isNull());
        assertFalse(anonymised.toString().contains("Gdpr"));
        assertProblem(hrManager().post(E + "/" + no + "/anonymise", null), 409);
        JsonNode audit = ok(http().as("admin").get("/api/audit?module=hr&entity=Employee&entityId=" + no));
        assertTrue(audit.toString(), audit.toString().contains("ANONYMISE"));
        assertFalse(audit.toString(), audit.toString().contains("1970-01-01"));
    }

    @Test
    public void uninstallAndReinstallKeepData() throws Exception {
        String no = hire(employee("Keep", "Me", "2024-01-01")).get("number").asText();
        features.uninstallFeature("backoffice-hr", EnumSet.noneOf(FeaturesService.Option.class));
        eventually(30_000, "HR gone", () -> hrManager().get(E).status() == 404);
        features.installFeature("backoffice-hr", EnumSet.noneOf(FeaturesService.Option.class));
        eventually(60_000, "HR back", () -> hrManager().get(E + "/" + no).status() == 200);
        assertEquals("Keep", ok(hrManager().get(E + "/" + no)).get("givenName").asText());
        assertTrue(LocalDate.now().getYear() > 2000);
    }
}
