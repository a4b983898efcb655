package org.backoffice.itests;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.math.BigDecimal;

import javax.inject.Inject;

import org.backoffice.hr.api.employees.Department;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.hr.api.employees.OrganisationService;
import org.backoffice.hr.api.leave.AccrualPeriod;
import org.backoffice.hr.api.leave.AccrualRun;
import org.backoffice.hr.api.leave.LeaveApproval;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.api.leave.LeaveTypeService;
import org.backoffice.hr.api.leave.LeaveUnit;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;

/**
 * Leave on the real server against issue 12's targets: with {@code bench.employees} (10,000) employees, the month-end
 * accrual job at most 2 s and the balances of everyone as of a date at most 1 s. Not a test; run it with
 * {@code bench/hr-leave-bench.sh}. Everyone is hired {@code bench.years} (5) years before 2026, so the balances are
 * computed over that much history. Figures are appended to {@code itests/target/hr-leave-bench.txt}.
 */
public class HrLeaveBenchmark extends BackofficeTestSupport {

    @Inject
    protected EmployeeService employees;

    @Inject
    protected OrganisationService organisation;

    @Inject
    protected LeaveService leave;

    @Inject
    protected LeaveTypeService types;

    private final String run = UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = new ArrayList<>(Arrays.asList(configurationWith("backoffice-hr")));
        options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                "backoffice.bench.output", new File("target/hr-leave-bench.txt").getAbsolutePath()));
        options.add(CoreOptions.vmOptions("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC"));
        for (String property : List.of("bench.employees", "bench.years")) {
            if (System.getProperty(property) != null) {
                options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties", property,
                        System.getProperty(property)));
            }
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void measure() throws Exception {
        int count = Integer.getInteger("bench.employees", 10_000);
        int years = Integer.getInteger("bench.years", 5);
        String hired = (2026 - years) + "-01-";
        String department = run + "-D";
        organisation.createDepartment(new Department(department, "Department", null, null, null));
        long start = System.nanoTime();
        for (int from = 0; from < count; from += 500) {
            StringBuilder csv = new StringBuilder("number,givenName,familyName,hireDate,department\n");
            for (int i = from; i < Math.min(count, from + 500); i++) {
                csv.append(run).append('-').append(i).append(",Given").append(i).append(",Family,").append(hired)
                        .append(String.format("%02d", 1 + i % 28)).append(',').append(department).append('\n');
            }
            employees.importCsv(csv.toString());
        }
        report(String.format("import of %d employees: %.1f s", count, (System.nanoTime() - start) / 1e9));
        types.create(new LeaveType("A" + run, "Annual " + run, LeaveUnit.DAYS, true, true, false, false, false,
                LeaveApproval.MANAGER, AccrualPeriod.MONTH, new BigDecimal("2.08"), new BigDecimal("0.25"),
                new BigDecimal("40"), new BigDecimal("5"), "03-31", null));
        // the years of history first (12 credits a year each, carry-over and expiry), then the measured month-ends
        timed("accrual catch-up of " + years + " years through 2025-11-30", LocalDate.of(2025, 11, 30), Double.NaN);
        // the first month-end after the catch-up (or an upgrade) stores the year's openings from the whole ledger
        timed("first month-end accrual job 2025-12 (openings from the whole ledger)", LocalDate.of(2025, 12, 31),
                Double.NaN);
        // from then on a year's first run chains the openings from the year before's and that year's rows
        timed("month-end accrual job 2026-01 (the year's first)", LocalDate.of(2026, 1, 31), 2000);
        timed("month-end accrual job 2026-02", LocalDate.of(2026, 2, 28), 2000);
        timed("accrual job again (idempotent, nothing to credit)", LocalDate.of(2026, 2, 28), 2000);
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            int balances = leave.allBalances(LocalDate.of(2026, 4, 1)).size();
            double millis = (System.nanoTime() - t) / 1e6;
            report(String.format("balances of everyone as of 2026-04-01 (%d balances): %.0f ms (target 1000 ms: %s)",
                    balances, millis, millis <= 1000 ? "met" : "MISSED"));
        }
    }

    private void timed(String what, LocalDate through, double targetMillis) throws IOException {
        AccrualRun result = leave.runAccruals(through);
        report(String.format("%s: %d credits for %d employees in %d ms%s", what, result.credited(),
                result.employees(), result.millis(), Double.isNaN(targetMillis) ? ""
                        : " (target " + (long) targetMillis + " ms: "
                                + (result.millis() <= targetMillis ? "met" : "MISSED") + ")"));
    }

    private static void report(String line) throws IOException {
        BenchReport.report(line);
    }
}
