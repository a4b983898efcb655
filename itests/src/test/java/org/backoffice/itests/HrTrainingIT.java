package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Training worked through on one server: a course granting a certification, a full session with a waiting list and
 * a freed seat going to the first waiting, completion issuing certifications, the expiring and compliance reports on
 * given dates, the expiry scan emitting each notice once, self-service and viewer access, the shell, and refusals
 * that write nothing. Dates lie in 2030/31 so the reports do not depend on today.
 */
@ExamReactorStrategy(PerSuite.class)
public class HrTrainingIT extends HrTestSupport {

    private static final String T = HR + "/training-sessions";

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        return hrOptions().toArray(new Option[0]);
    }

    private static JsonNode hire(String number, String position, String user) throws Exception {
        return created(hrManager().post(HR + "/employees", "{\"number\":\"" + number
                + "\",\"givenName\":\"Dana\",\"familyName\":\"" + number + "\",\"hireDate\":\"2026-01-01\""
                + ",\"position\":\"" + position + "\"" + (user == null ? "" : ",\"user\":\"" + user + "\"") + "}"));
    }

    private static String enrol(long session, String employee, String expectedStatus) throws Exception {
        JsonNode e = created(hrManager().post(T + "/" + session + "/enrolments", "{\"employee\":\"" + employee
                + "\"}"));
        assertEquals(e.toString(), expectedStatus, e.get("status").asText());
        return e.get("id").asText();
    }

    private static JsonNode enrolment(long session, String id) throws Exception {
        for (JsonNode e : ok(hrManager().get(T + "/" + session + "/enrolments"))) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no enrolment " + id);
    }

    private static List<String> expiryEvents(Set<String> certificationIds) throws Exception {
        List<String> seen = new ArrayList<>();
        JsonNode page = ok(http().as("admin").get("/api/events?topic=org/backoffice/hr/CERTIFICATION_EXPIRING"
                + "&limit=500"));
        for (JsonNode event : page.get("items")) {
            if (certificationIds.contains(event.get("key").asText())) {
                seen.add(event.get("key").asText() + "@" + event.get("payload").get("thresholdDays").asText());
            }
        }
        return seen;
    }

    @Test
    public void sessionWaitingListCertificationsReportsAndExpiryScan() throws Exception {
        eventually(30_000, "training REST", () -> hrManager().get(HR + "/courses").status() == 200);
        String cert = unique("FORKLIFT-");
        String courseCode = unique("FL-");
        String title = "Forklift · מלגזה · رافعة شوكية · 叉车";
        JsonNode course = created(hrManager().post(HR + "/courses", "{\"code\":\"" + courseCode + "\",\"title\":\""
                + title + "\",\"certificationCode\":\"" + cert + "\",\"validityMonths\":12}"));
        assertEquals(title, ok(hrManager().get(HR + "/courses/" + courseCode)).get("title").asText());
        assertEquals(cert, course.get("certificationCode").asText());
        assertProblem(hrManager().post(HR + "/courses", "{\"code\":\"" + courseCode + "\",\"title\":\"again\"}"),
                409);

        String position = unique("DRV-");
        created(hrManager().post(HR + "/positions", "{\"code\":\"" + position + "\",\"title\":\"Driver\"}"));
        String a = unique("A");
        String b = unique("B");
        String c = unique("C");
        String d = unique("D");
        hire(a, position, "ivan");
        hire(b, position, null);
        hire(c, position, null);
        hire(d, position, null);
        assertEquals(List.of(cert), List.of(ok(hrManager().put(HR + "/positions/" + position
                + "/required-certifications", "[\"" + cert + "\"]")).get(0).asText()));
        assertEquals(cert, ok(http().as(HR_VIEWER).get(HR + "/positions/" + position + "/required-certifications"))
                .get(0).asText());

        // two seats, four people: two seated, two waiting in order; B cancels, C (first waiting) takes the seat
        JsonNode session = created(hrManager().post(T, "{\"course\":\"" + courseCode + "\",\"startDate\":"
                + "\"2030-01-10\",\"endDate\":\"2030-01-11\",\"trainer\":\"李伟\",\"location\":\"Hall 2\","
                + "\"capacity\":2}"));
        long id = session.get("id").asLong();
        String ea = enrol(id, a, "ENROLLED");
        String eb = enrol(id, b, "ENROLLED");
        String ec = enrol(id, c, "WAITING");
        String ed = enrol(id, d, "WAITING");
        assertEquals(1, enrolment(id, ec).get("waitingPosition").asInt());
        assertEquals(2, enrolment(id, ed).get("waitingPosition").asInt());
        assertProblem(hrManager().post(T + "/" + id + "/enrolments", "{\"employee\":\"" + a + "\"}"), 409);
        assertEquals("CANCELLED", ok(hrManager().post(T + "/" + id + "/enrolments/" + eb + "/cancel", ""))
                .get("status").asText());
        assertEquals("ENROLLED", enrolment(id, ec).get("status").asText());
        assertEquals("WAITING", enrolment(id, ed).get("status").asText());
        assertEquals(1, enrolment(id, ed).get("waitingPosition").asInt());
        JsonNode full = ok(hrManager().get(T + "/" + id));
        assertEquals(2, full.get("enrolled").asInt());
        assertEquals(1, full.get("waiting").asInt());

        // attendance, then completion of the session issues the certification to those who attended
        ok(hrManager().put(T + "/" + id + "/enrolments/" + ea + "/attendance", "{\"attended\":true}"));
        ok(hrManager().put(T + "/" + id + "/enrolments/" + ec + "/attendance", "{\"attended\":true}"));
        JsonNode done = ok(hrManager().post(T + "/" + id + "/complete?on=2030-01-11", ""));
        assertEquals(2, done.size());
        assertProblem(hrManager().post(T + "/" + id + "/enrolments/" + ea + "/complete", ""), 409);
        JsonNode certsA = ok(hrManager().get(HR + "/employees/" + a + "/certifications"));
        assertEquals(1, certsA.size());
        assertEquals(cert, certsA.get(0).get("code").asText());
        assertEquals("2030-01-11", certsA.get(0).get("issued").asText());
        assertEquals("2031-01-11", certsA.get(0).get("expiry").asText());
        String certA = certsA.get(0).get("id").asText();
        String certC = ok(hrManager().get(HR + "/employees/" + c + "/certifications")).get(0).get("id").asText();

        // access: viewers read (directory data), alice is A and reads her own, nobody else's
        assertEquals(1, ok(http().as(HR_VIEWER).get(HR + "/employees/" + a + "/certifications")).size());
        assertEquals(1, ok(http().as("ivan").get(HR + "/employees/" + a + "/certifications")).size());
        assertProblem(http().as("ivan").get(HR + "/employees/" + c + "/certifications"), 404);
        assertProblem(http().as("judy").get(HR + "/employees/" + a + "/certifications"), 404);
        assertEquals(403, http().as(HR_VIEWER).post(HR + "/employees/" + d + "/certifications",
                "{\"code\":\"" + cert + "\",\"issued\":\"2029-06-01\"}").status());

        // recorded from outside: D held one that expired on 2030-06-01; expiry before issue is refused
        assertField(hrManager().post(HR + "/employees/" + d + "/certifications", "{\"code\":\"" + cert
                + "\",\"issued\":\"2029-06-01\",\"expiry\":\"2029-05-31\"}"), "expiry", "before");
        assertEquals(0, ok(hrManager().get(HR + "/employees/" + d + "/certifications")).size());
        created(hrManager().post(HR + "/employees/" + d + "/certifications", "{\"code\":\"" + cert
                + "\",\"name\":\"Forklift (external)\",\"issued\":\"2029-06-01\",\"expiry\":\"2030-06-01\"}"));

        // expiring: A and C (2031-01-11) within 60 days of 2030-12-01; D's lies outside
        Set<String> expiring = new HashSet<>();
        for (JsonNode x : ok(hrManager().get(HR + "/certifications/expiring?from=2030-12-01&days=60"))) {
            expiring.add(x.get("employee").asText());
        }
        assertTrue(expiring.toString(), expiring.containsAll(List.of(a, c)));
        assertFalse(expiring.contains(d));
        assertFalse(expiring.contains(b));
        assertField(hrManager().get(HR + "/certifications/expiring?days=soon"), "days", "whole number");

        // compliance on a date: B never had it, D's expired the day before; A and C are covered
        assertEquals(Set.of(b, d), lacking(position, "2030-06-02"));
        // before the session, D's external one still covers D
        assertEquals(Set.of(a, b, c), lacking(position, "2030-01-05"));

        // expiry scan: each certification and threshold announced once, reruns send nothing
        Set<String> ours = Set.of(certA, certC);
        assertEquals(2, ok(hrManager().post(HR + "/certifications/expiry-scan?asOf=2030-11-12", "")).size());
        assertEquals(0, ok(hrManager().post(HR + "/certifications/expiry-scan?asOf=2030-11-12", "")).size());
        assertEquals(0, ok(hrManager().post(HR + "/certifications/expiry-scan?asOf=2030-11-20", "")).size());
        assertEquals(2, ok(hrManager().post(HR + "/certifications/expiry-scan?asOf=2030-12-28", "")).size());
        assertEquals(0, ok(hrManager().post(HR + "/certifications/expiry-scan?asOf=2031-01-05", "")).size());
        List<String> events = expiryEvents(ours);
        assertEquals(events.toString(), 4, events.size());
        assertEquals(Set.of(certA + "@60", certA + "@14", certC + "@60", certC + "@14"), new HashSet<>(events));
        assertEquals(403, http().as(HR_VIEWER).post(HR + "/certifications/expiry-scan?asOf=2030-12-28", "")
                .status());

        // shell
        String shown = shell("hr:certs-expiring --from 2030-12-01 --days 60");
        assertTrue(shown, shown.contains(a) && shown.contains(c) && shown.contains("2031-01-11"));
        assertTrue(shell("hr:course-list -q " + courseCode).contains(courseCode));

        // refusals, nothing written
        int sessions = ok(hrManager().get(T + "?course=" + courseCode)).get("total").asInt();
        assertField(hrManager().post(T, "{\"course\":\"NO-SUCH\",\"startDate\":\"2030-01-10\",\"endDate\":"
                + "\"2030-01-11\",\"capacity\":2}"), "course", "NO-SUCH");
        assertField(hrManager().post(T, "{\"course\":\"" + courseCode + "\",\"startDate\":\"2030-01-10\","
                + "\"endDate\":\"2030-01-09\",\"capacity\":0}"), "endDate", "before");
        assertField(hrManager().post(T, "{\"course\":\"" + courseCode + "\",\"startDate\":\"2030-01-10\","
                + "\"endDate\":\"2030-01-11\",\"capacity\":0}"), "capacity", "at least 1");
        assertEquals(sessions, ok(hrManager().get(T + "?course=" + courseCode)).get("total").asInt());
        assertField(hrManager().post(T + "/" + id + "/enrolments", "{\"employee\":\"NOBODY-1\"}"), "employee",
                "NOBODY-1");
        assertProblem(hrManager().get(T + "/999999999"), 404);
        assertProblem(hrManager().get(HR + "/courses/NO-SUCH"), 404);
        assertProblem(hrManager().put(HR + "/positions/NO-SUCH/required-certifications", "[\"X\"]"), 404);
        assertProblem(hrManager().get(HR + "/employees/NOBODY-1/certifications"), 404);
        assertProblem(hrManager().post(HR + "/employees/NOBODY-1/certifications",
                "{\"code\":\"X\",\"issued\":\"2030-01-01\"}"), 404);
        assertProblem(hrManager().send(HR + "/courses/" + courseCode, "DELETE", "application/json", ""), 409);
        assertField(hrManager().post(T + "/" + id + "/complete?on=2030-01-01", ""), "on", "before");
        assertField(hrManager().put(HR + "/positions/" + position + "/required-certifications", "[\"no such\"]"),
                "certifications[0]", "letters");
        assertEquals(403, http().as(HR_VIEWER).post(HR + "/courses", "{\"code\":\"V-1\",\"title\":\"V\"}")
                .status());
        assertEquals(403, http().as("judy").get(HR + "/courses").status());

        // a course update needs the version read; a stale one is a 409
        long version = course.get("version").asLong();
        JsonNode renamed = ok(hrManager().put(HR + "/courses/" + courseCode, "{\"title\":\"Forklift II\","
                + "\"certificationCode\":\"" + cert + "\",\"validityMonths\":12,\"version\":" + version + "}"));
        assertEquals("Forklift II", renamed.get("title").asText());
        assertProblem(hrManager().put(HR + "/courses/" + courseCode, "{\"title\":\"Forklift III\","
                + "\"certificationCode\":\"" + cert + "\",\"validityMonths\":12,\"version\":" + version + "}"), 409);

        // a second session: D enrols through the shell and completes alone, which issues D a certification
        long second = created(hrManager().post(T, "{\"course\":\"" + courseCode + "\",\"startDate\":"
                + "\"2030-02-01\",\"endDate\":\"2030-02-01\",\"capacity\":1}")).get("id").asLong();
        String enrolled = shell("hr:session-enrol " + second + " " + d);
        assertTrue(enrolled, enrolled.contains("ENROLLED"));
        String ed2 = ok(hrManager().get(T + "/" + second + "/enrolments")).get(0).get("id").asText();
        assertEquals("COMPLETED", ok(hrManager().post(T + "/" + second + "/enrolments/" + ed2 + "/complete", ""))
                .get("status").asText());
        JsonNode certsD = ok(hrManager().get(HR + "/employees/" + d + "/certifications"));
        assertEquals(2, certsD.size());
        assertEquals("2031-02-01", certsD.get(1).get("expiry").asText());
        assertEquals(Set.of(b), lacking(position, "2030-06-02"));

        // the GDPR export carries the training section
        JsonNode export = ok(hrManager().get(HR + "/employees/" + a + "/personal-data"));
        assertEquals(1, export.get("training").get("certifications").size());
        assertEquals("COMPLETED", export.get("training").get("enrolments").get(0).get("status").asText());
    }

    private static Set<String> lacking(String position, String asOf) throws Exception {
        Set<String> lacking = new HashSet<>();
        for (JsonNode gap : ok(hrManager().get(HR + "/certifications/compliance?asOf=" + asOf))) {
            if (gap.get("position").asText().equals(position)) {
                lacking.add(gap.get("employee").asText());
            }
        }
        return lacking;
    }
}
