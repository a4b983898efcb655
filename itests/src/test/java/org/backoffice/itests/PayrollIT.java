package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Payroll on top of HR in one server: two months of a few employees with a bonus, a capped pension, progressive tax
 * and an employer contribution; a joiner on the 16th, a raise from the 15th, a leaver on 7 February and a raise
 * back-dated into the posted January paid as arrears in February. Every figure below is computed by hand in the
 * comments. Also: rule errors at save, run errors, approve/post transitions, payslip access, shell, reinstall.
 */
public class PayrollIT extends HrTestSupport {

    private static final String P = "/api/payroll";
    private static final String E = HR + "/employees";
    private static final String PAY_MANAGER = "paymanager";
    private static final String PAY_VIEWER = "payviewer";

    @Inject
    protected FeaturesService features;

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = hrOptions();
        options.add(editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot",
                ",backoffice-payroll"));
        options.add(editConfigurationFilePut("etc/users.properties", PAY_MANAGER, PASSWORD + ",payroll-manager"));
        options.add(editConfigurationFilePut("etc/users.properties", PAY_VIEWER, PASSWORD + ",payroll-viewer"));
        return options.toArray(new Option[0]);
    }

    @Before
    public void payrollReady() throws Exception {
        eventually(60_000, "payroll REST", () -> pay().get(P + "/structures").status() == 200
                && hrManager().get(E).status() == 200);
    }

    private static Http pay() {
        return http().as(PAY_MANAGER);
    }

    private static String component(String code, String kind, String type, String more) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + code + " name\",\"kind\":\"" + kind + "\",\"type\":\"" + type
                + "\"," + more + "}";
    }

    private static String structure(String code, String from, String... components) {
        return "{\"code\":\"" + code + "\",\"name\":\"Structure " + code + "\",\"currency\":\"EUR\",\"effectiveFrom\":\""
                + from + "\",\"components\":[" + String.join(",", components) + "]}";
    }

    private static final String BASIC = component("BASIC", "EARNING", "FORMULA", "\"taxable\":true,\"formula\":\"basePay\"");
    private static final String BONUS = component("BONUS", "EARNING", "FIXED", "\"taxable\":true,\"input\":\"BONUS\"");
    private static final String PENSION = component("PENSION", "DEDUCTION_BEFORE_TAX", "PERCENT",
            "\"ratePercent\":5,\"base\":\"GROSS\",\"maximum\":250");
    private static final String TAX = component("TAX", "DEDUCTION_AFTER_TAX", "BRACKETS", "\"base\":\"TAXABLE\","
            + "\"brackets\":[{\"from\":0,\"ratePercent\":0},{\"from\":1000,\"ratePercent\":20},"
            + "{\"from\":3000,\"ratePercent\":40}]");
    private static final String EMPLOYER = component("EMPLOYER_SS", "EMPLOYER_CONTRIBUTION", "PERCENT",
            "\"ratePercent\":10,\"base\":\"GROSS\"");

    private static String hire(String given, String family, String hired, String user, String pay) throws Exception {
        String number = unique("PY-");
        created(hrManager().post(E, "{\"number\":\"" + number + "\",\"givenName\":\"" + given + "\",\"familyName\":\""
                + family + "\",\"hireDate\":\"" + hired + "\",\"costCentre\":\"CC" + (pay.length() % 2) + "\""
                + (user == null ? "" : ",\"user\":\"" + user + "\"") + "}"));
        contract(number, hired, pay);
        return number;
    }

    private static void contract(String number, String start, String pay) throws Exception {
        created(hrManager().post(E + "/" + number + "/contracts", "{\"type\":\"PERMANENT\",\"start\":\"" + start
                + "\",\"ftePercent\":100,\"weeklyHours\":40,\"workDays\":5,\"payAmount\":" + pay
                + ",\"payCurrency\":\"EUR\",\"payFrequency\":\"MONTHLY\",\"noticeDays\":30}"));
    }

    private static void assign(String employee, String structure) throws Exception {
        created(pay().post(P + "/assignments", "{\"employee\":\"" + employee + "\",\"structure\":\"" + structure
                + "\",\"from\":\"2025-01-01\"}"));
    }

    /** code → amount of a payslip's lines; arrears lines under {@code code@period}. */
    private static Map<String, BigDecimal> lines(JsonNode payslip) {
        Map<String, BigDecimal> lines = new HashMap<>();
        for (JsonNode line : payslip.get("lines")) {
            String key = line.get("code").asText() + (line.get("arrearsFor").isNull() ? "" : "@"
                    + line.get("arrearsFor").asText());
            lines.put(key, line.get("amount").decimalValue());
        }
        return lines;
    }

    private static void assertAmount(String expected, JsonNode node) {
        assertEquals(new BigDecimal(expected), node.decimalValue().setScale(2));
    }

    private static void assertLines(JsonNode payslip, String... codeAndAmount) {
        Map<String, BigDecimal> lines = lines(payslip);
        for (int i = 0; i < codeAndAmount.length; i += 2) {
            BigDecimal actual = lines.get(codeAndAmount[i]);
            assertTrue(codeAndAmount[i] + " missing in " + payslip, actual != null);
            assertEquals(codeAndAmount[i] + " in " + payslip, new BigDecimal(codeAndAmount[i + 1]), actual.setScale(2));
        }
        assertEquals("lines of " + payslip, codeAndAmount.length / 2, lines.size());
    }

    private static JsonNode payslip(long run, String employee) throws Exception {
        return ok(pay().get(P + "/runs/" + run + "/payslips/" + employee));
    }

    @Test
    public void twoMonthsOfPayroll() throws Exception {
        created(pay().post(P + "/structures", structure("STD", "2026-01-01", BASIC, BONUS, PENSION, TAX, EMPLOYER)));
        String ada = hire("Ada", "Lovelace", "2025-01-01", "alice", "3000.00");
        String dana = hire("דנה", "כהן", "2025-01-01", null, "6000.00");
        String layla = hire("ليلى", "حداد", "2026-01-16", null, "3100.00");   // joins on the 16th
        String raised = hire("Raj", "Patel", "2025-01-01", null, "3000.00");
        contract(raised, "2026-01-15", "6200.00");                            // a raise from the 15th
        String wang = hire("芳", "王", "2025-01-01", null, "2800.00");         // leaves on 7 February
        String nobody = hire("Nora", "Nostructure", "2025-01-01", null, "2000.00");
        for (String e : List.of(ada, dana, layla, raised, wang)) {
            assign(e, "STD");
        }

        // January, with a bonus for Ada; Nora has no structure: an error of the run, not a crash
        JsonNode jan = created(pay().post(P + "/runs", "{\"period\":\"2026-01\",\"inputs\":[{\"employee\":\"" + ada
                + "\",\"name\":\"BONUS\",\"value\":500}]}"));
        long janId = jan.get("id").asLong();
        assertEquals("DRAFT", jan.get("status").asText());
        assertEquals(1, jan.get("errors").size());
        assertEquals(nobody, jan.get("errors").get(0).get("employee").asText());
        assertField(pay().post(P + "/runs/" + janId + "/approval", ""), "errors." + nobody, "no pay structure");
        assertProblem(pay().post(P + "/runs", "{\"period\":\"2026-01\"}"), 409);   // an open run for the period
        JsonNode recalculated = ok(pay().put(P + "/runs/" + janId + "/exclusions/" + nobody, ""));
        assertEquals(0, recalculated.get("errors").size());
        assertEquals(5, recalculated.get("payslips").asInt());

        // Ada 3,000 + 500: pension 175; taxable 3,325: tax (3,000 - 1,000) × 20 % + 325 × 40 % = 530; net 2,795
        JsonNode adaJan = payslip(janId, ada);
        assertLines(adaJan, "BASIC", "3000.00", "BONUS", "500.00", "PENSION", "175.00", "TAX", "530.00",
                "EMPLOYER_SS", "350.00");
        assertAmount("2795.00", adaJan.get("net"));
        // Dana 6,000: pension 300 capped at 250; tax 400 + (5,750 - 3,000) × 40 % = 1,500; net 4,250
        assertLines(payslip(janId, dana), "BASIC", "6000.00", "BONUS", "0.00", "PENSION", "250.00", "TAX", "1500.00",
                "EMPLOYER_SS", "600.00");
        // Layla from the 16th: 3,100 × 16/31 = 1,600; pension 80; tax (1,520 - 1,000) × 20 % = 104; net 1,416
        JsonNode laylaJan = payslip(janId, layla);
        assertLines(laylaJan, "BASIC", "1600.00", "BONUS", "0.00", "PENSION", "80.00", "TAX", "104.00",
                "EMPLOYER_SS", "160.00");
        assertAmount("1416.00", laylaJan.get("net"));
        assertEquals("ليلى حداد", laylaJan.get("employeeName").asText());
        // Raj: 3,000 × 14/31 + 6,200 × 17/31 = 1,354.84 + 3,400 = 4,754.84 (two segments); pension 237.74;
        // tax 400 + (4,517.10 - 3,000) × 40 % = 1,006.84; net 3,510.26
        JsonNode rajJan = payslip(janId, raised);
        assertEquals(2, rajJan.get("segments").size());
        assertLines(rajJan, "BASIC", "4754.84", "BONUS", "0.00", "PENSION", "237.74", "TAX", "1006.84",
                "EMPLOYER_SS", "475.48");
        assertAmount("3510.26", rajJan.get("net"));
        // Wang 2,800: pension 140; tax (2,660 - 1,000) × 20 % = 332; net 2,328
        assertAmount("2328.00", payslip(janId, wang).get("net"));
        // the run: gross 3,500 + 6,000 + 1,600 + 4,754.84 + 2,800; net 2,795 + 4,250 + 1,416 + 3,510.26 + 2,328
        assertAmount("18654.84", recalculated.get("gross"));
        assertAmount("14299.26", recalculated.get("net"));
        assertAmount("1865.48", recalculated.get("employerCost"));

        assertProblem(pay().post(P + "/runs/" + janId + "/posting", ""), 409);        // not approved yet
        assertEquals("APPROVED", ok(pay().post(P + "/runs/" + janId + "/approval", "")).get("status").asText());
        assertEquals("POSTED", ok(pay().post(P + "/runs/" + janId + "/posting", "")).get("status").asText());
        assertProblem(pay().post(P + "/runs/" + janId + "/posting", ""), 409);        // posting twice
        assertProblem(pay().post(P + "/runs", "{\"period\":\"2026-01\"}"), 409);     // posted: corrections only
        assertProblem(pay().put(P + "/runs/" + janId + "/exclusions/" + ada, ""), 409);
        String events = http().as("admin").get("/api/events?topic=org/backoffice/payroll/PAYROLL_POSTED").body();
        assertTrue(events, events.contains("3472.84") && events.contains("byCostCentre"));

        // payslip access: Ada (alice) reads her own only; a viewer reads all and changes nothing
        assertAmount("2795.00", ok(http().as("alice").get(P + "/employees/" + ada + "/payslips/2026-01")).get("net"));
        assertProblem(http().as("alice").get(P + "/employees/" + dana + "/payslips/2026-01"), 404);
        assertProblem(http().as("alice").get(P + "/runs/" + janId + "/payslips/" + dana), 404);
        assertEquals(403, http().as("alice").get(P + "/runs").status());
        assertEquals(200, http().as(PAY_VIEWER).get(P + "/runs/" + janId + "/payslips").status());
        assertEquals(403, http().as(PAY_VIEWER).post(P + "/runs", "{\"period\":\"2026-02\"}").status());
        String html = pay().get(P + "/runs/" + janId + "/payslips/" + dana + "/html", "text/html").body();
        assertTrue(html, html.contains("דנה כהן") && html.contains("1500.00"));

        // February: Wang leaves on the 7th; Ada's raise to 3,300 is back-dated to 1 January
        ok(hrManager().post(E + "/" + wang + "/terminate", "{\"date\":\"2026-02-07\",\"reason\":\"Moved\"}"));
        contract(ada, "2026-01-01", "3300.00");
        String run = shell("payroll:run 2026-02");
        assertTrue(run, run.contains("DRAFT"));
        long febId = ok(pay().get(P + "/runs?period=2026-02")).get("items").get(0).get("id").asLong();
        ok(pay().put(P + "/runs/" + febId + "/exclusions/" + nobody, ""));
        // Ada: 3,300, pension 165, tax 400 + 135 × 40 % = 454; January again with 3,300 and the bonus as paid:
        // gross 3,800, pension 190 (+15), tax 400 + 610 × 40 % = 644 (+114), employer 380 (+30), basic +300
        JsonNode adaFeb = payslip(febId, ada);
        assertLines(adaFeb, "BASIC", "3300.00", "BONUS", "0.00", "PENSION", "165.00", "TAX", "454.00",
                "EMPLOYER_SS", "330.00", "BASIC@2026-01", "300.00", "PENSION@2026-01", "15.00", "TAX@2026-01",
                "114.00", "EMPLOYER_SS@2026-01", "30.00");
        assertAmount("3600.00", adaFeb.get("gross"));
        assertAmount("2852.00", adaFeb.get("net"));                          // 3,600 - 165 - 454 - 15 - 114
        // Wang: 2,800 × 7/28 = 700, pension 35, no tax; nobody else has arrears
        assertLines(payslip(febId, wang), "BASIC", "700.00", "BONUS", "0.00", "PENSION", "35.00", "TAX", "0.00",
                "EMPLOYER_SS", "70.00");
        assertAmount("4370.00", payslip(febId, raised).get("net"));         // 6,200 - 250 - 1,580
        assertAmount("2556.00", payslip(febId, layla).get("net"));          // 3,100 - 155 - 389
        assertAmount("14693.00", ok(pay().get(P + "/runs/" + febId)).get("net"));  // 2,852+4,250+2,556+4,370+665
        assertTrue(shell("payroll:approve " + febId).contains("APPROVED"));
        assertTrue(shell("payroll:post " + febId).contains("POSTED"));
        String slip = shell("payroll:payslip " + ada + " 2026-02");
        assertTrue(slip, slip.contains("2852.00") && slip.contains("2026-01"));
        String components = shell("payroll:components STD");
        assertTrue(components, components.contains("5 % of GROSS, max 250") && components.contains("EMPLOYER_SS"));

        // year to date: basic 3,000 + 3,300 + 300; tax 530 + 454 + 114
        Map<String, String> ytd = new HashMap<>();
        for (JsonNode total : ok(http().as("alice").get(P + "/employees/" + ada + "/ytd?year=2026"))) {
            ytd.put(total.get("code").asText(), total.get("amount").decimalValue().setScale(2).toPlainString());
        }
        assertEquals("6600.00", ytd.get("BASIC"));
        assertEquals("1098.00", ytd.get("TAX"));
        assertAmount("1098.00", lineYtd(payslip(febId, ada), "TAX"));

        // uninstalled and installed again: the posted runs are still there
        features.uninstallFeature("backoffice-payroll", EnumSet.noneOf(FeaturesService.Option.class));
        eventually(30_000, "payroll gone", () -> pay().get(P + "/runs").status() == 404);
        assertEquals(200, hrManager().get(E).status());
        features.installFeature("backoffice-payroll", EnumSet.noneOf(FeaturesService.Option.class));
        eventually(60_000, "payroll back", () -> pay().get(P + "/runs/" + janId).status() == 200);
        assertEquals("POSTED", ok(pay().get(P + "/runs/" + janId)).get("status").asText());
        assertAmount("2852.00", ok(pay().get(P + "/employees/" + ada + "/payslips/2026-02")).get("net"));

        // finance installed after both runs were posted: the bridge books each run once, from the event log
        features.installFeature("backoffice-finance", EnumSet.noneOf(FeaturesService.Option.class));
        Map<String, JsonNode> entries = new HashMap<>();
        eventually(90_000, "two payroll journal entries", () -> {
            Http.Reply reply = http().as("admin").get("/api/finance/journal-entries?from=2026-01-01&to=2026-02-28"
                    + "&limit=500");
            if (reply.status() != 200) {
                return false;
            }
            entries.clear();
            for (JsonNode entry : reply.json().get("items")) {
                if ("payroll".equals(entry.get("source").asText())) {
                    entries.put(entry.get("sourceDocument").asText(), entry);
                }
            }
            return entries.size() == 2;
        });
        // January: debit salaries 6000 with earnings 18,654.84 and employer contributions 1,865.48; credit tax 2100
        // 530 + 1,500 + 104 + 1,006.84 + 332; pension 2000 175 + 250 + 80 + 237.74 + 140; 2200 net 14,299.26 plus
        // contributions payable 1,865.48
        Map<String, BigDecimal> debit = new HashMap<>();
        Map<String, BigDecimal> credit = new HashMap<>();
        for (JsonNode line : entries.get(String.valueOf(janId)).get("lines")) {
            String account = line.get("account").asText();
            if (!line.get("debit").isNull()) {
                debit.merge(account, line.get("debit").decimalValue(), BigDecimal::add);
            }
            if (!line.get("credit").isNull()) {
                credit.merge(account, line.get("credit").decimalValue(), BigDecimal::add);
            }
        }
        assertEquals(new BigDecimal("20520.32"), debit.get("6000").setScale(2));
        assertEquals(new BigDecimal("3472.84"), credit.get("2100").setScale(2));
        assertEquals(new BigDecimal("882.74"), credit.get("2000").setScale(2));
        assertEquals(new BigDecimal("16164.74"), credit.get("2200").setScale(2));
        assertEquals("2026-01-31", entries.get(String.valueOf(janId)).get("date").asText());
    }

    private static JsonNode lineYtd(JsonNode payslip, String code) {
        for (JsonNode line : payslip.get("lines")) {
            if (line.get("code").asText().equals(code) && line.get("arrearsFor").isNull()) {
                return line.get("ytd");
            }
        }
        throw new AssertionError(code + " not in " + payslip);
    }

    @Test
    public void rulesAreCheckedWhenSaved() throws Exception {
        assertField(pay().post(P + "/structures", structure("BAD1", "2026-01-01",
                component("BASIC", "EARNING", "FORMULA", "\"formula\":\"basePay * FACTOR\""))),
                "components[0].formula", "at position 11: unknown name 'FACTOR'");
        assertField(pay().post(P + "/structures", structure("BAD2", "2026-01-01",
                component("BASIC", "EARNING", "FORMULA", "\"formula\":\"(basePay + 1\""))),
                "components[0].formula", "at position 13");
        assertField(pay().post(P + "/structures", structure("BAD3", "2026-01-01",
                component("A", "EARNING", "FORMULA", "\"formula\":\"B + 1\""),
                component("B", "INFORMATIONAL", "FORMULA", "\"formula\":\"A * 2\""))), "components", "A -> B -> A");
        assertField(pay().post(P + "/structures", structure("BAD4", "2026-01-01", BASIC,
                component("TAX", "DEDUCTION_AFTER_TAX", "BRACKETS", "\"base\":\"TAXABLE\",\"brackets\":"
                        + "[{\"from\":0,\"ratePercent\":0},{\"from\":3000,\"ratePercent\":20},"
                        + "{\"from\":1000,\"ratePercent\":40}]"))), "components[1].brackets[2].from", "must increase");
        assertField(pay().post(P + "/structures", structure("BAD5", "2026-01-01", BASIC,
                component("PENSION", "DEDUCTION_BEFORE_TAX", "PERCENT",
                        "\"ratePercent\":5,\"base\":\"GROSS\",\"minimum\":100,\"maximum\":50"))),
                "components[1].maximum", "below the minimum");
        assertField(pay().post(P + "/structures/validation", structure("BAD6", "2026-01-01",
                component("BASIC", "EARNING", "FORMULA", "\"formula\":\"if(basePay, 1, 2)\""))),
                "components[0].formula", "a comparison is needed");
        assertProblem(pay().get(P + "/structures/BAD1"), 404);                    // nothing was written
        assertEquals(204, pay().post(P + "/structures/validation", structure("OK1", "2026-01-01", BASIC)).status());
        // versions by effective date: the 2026 rate applies from March on
        created(pay().post(P + "/structures", structure("VER", "2026-01-01", BASIC, PENSION)));
        created(pay().post(P + "/structures", structure("VER", "2026-03-01", BASIC,
                component("PENSION", "DEDUCTION_BEFORE_TAX", "PERCENT", "\"ratePercent\":6,\"base\":\"GROSS\""))));
        assertEquals(5, ok(pay().get(P + "/structures/VER?asOf=2026-02-28")).get("components").get(1)
                .get("ratePercent").asInt());
        assertEquals(6, ok(pay().get(P + "/structures/VER/components?asOf=2026-03-01")).get(1)
                .get("ratePercent").asInt());
        assertEquals(2, ok(pay().get(P + "/structures/VER/versions")).size());
        assertProblem(pay().post(P + "/assignments", "{\"employee\":\"X\",\"structure\":\"NOPE\",\"from\":"
                + "\"2026-01-01\"}"), 422);
        assertProblem(pay().post(P + "/runs", "{\"period\":\"2026-13\"}"), 422);
        assertProblem(pay().get(P + "/runs/999999"), 404);
    }
}
