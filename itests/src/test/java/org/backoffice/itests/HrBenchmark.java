package org.backoffice.itests;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;

import javax.inject.Inject;

import org.backoffice.hr.api.employees.Department;
import org.backoffice.hr.api.employees.EmployeeChange;
import org.backoffice.hr.api.employees.EmployeeQuery;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.hr.api.employees.OrganisationService;
import org.backoffice.platform.api.PageRequest;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;

/**
 * Employees on the real server against issue 12's targets: with {@code bench.employees} (10,000) employees and
 * {@code bench.years} (5) yearly changes each, search and list p95 at most 20 ms, one employee as of a date at most
 * 5 ms, the org chart at most 200 ms. Not a test; run it with {@code bench/hr-bench.sh}. Figures are appended to
 * {@code itests/target/hr-bench.txt}.
 */
public class HrBenchmark extends BackofficeTestSupport {

    private static final int DEPARTMENTS = 40;
    private static final int SAMPLES = 400;

    @Inject
    protected EmployeeService employees;

    @Inject
    protected OrganisationService organisation;

    private final String run = UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = new ArrayList<>(Arrays.asList(configurationWith("backoffice-hr")));
        options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                "backoffice.bench.output", new File("target/hr-bench.txt").getAbsolutePath()));
        options.add(CoreOptions.vmOptions("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC"));
        for (String key : List.of("bench.employees", "bench.years")) {
            if (System.getProperty(key) != null) {
                options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties", key,
                        System.getProperty(key)));
            }
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void measure() throws Exception {
        int count = Integer.getInteger("bench.employees", 10_000);
        int years = Integer.getInteger("bench.years", 5);
        List<String> departments = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            String code = run + "-D" + d;
            organisation.createDepartment(new Department(code, "Department " + d,
                    d == 0 ? null : run + "-D" + (d - 1) / 4, null, null));
            departments.add(code);
        }
        long start = System.nanoTime();
        int batch = 500;
        for (int from = 0; from < count; from += batch) {
            StringBuilder csv = new StringBuilder("number,givenName,familyName,hireDate,department\n");
            for (int i = from; i < Math.min(count, from + batch); i++) {
                csv.append(number(i)).append(",Given").append(i).append(",Family").append(i % 997).append(",2020-01-01,")
                        .append(departments.get(i % DEPARTMENTS)).append('\n');
            }
            employees.importCsv(csv.toString());
        }
        report(String.format("import of %d employees in batches of %d: %.1f s", count, batch,
                (System.nanoTime() - start) / 1e9));
        start = System.nanoTime();
        for (int y = 1; y <= years; y++) {
            LocalDate date = LocalDate.of(2020 + y, 1, 1);
            for (int i = 0; i < count; i++) {
                employees.change(number(i), new EmployeeChange(date, departments.get((i + y) % DEPARTMENTS), null,
                        null, null));
            }
        }
        report(String.format("%d effective-dated changes: %.1f s", count * years, (System.nanoTime() - start) / 1e9));

        Random random = new Random(42);
        measure("EmployeeService.find, text search (page of 50)", i -> employees.find(
                new EmployeeQuery("family" + random.nextInt(997), null, null, null, null), PageRequest.of(0, 50)), 20);
        measure("EmployeeService.find, one department (page of 50)", i -> employees.find(
                new EmployeeQuery(null, departments.get(random.nextInt(DEPARTMENTS)), null, null, null),
                PageRequest.of(0, 50)), 20);
        measure("EmployeeService.find, everyone (page of 50 at a random offset)", i -> employees.find(
                EmployeeQuery.all(), PageRequest.of(random.nextInt(count / 50) * 50, 50)), 20);
        measure("EmployeeService.require as of a date (one employee)", i -> employees.require(
                number(random.nextInt(count)), LocalDate.of(2021 + random.nextInt(years), 6, 1)), 5);
        measure("OrganisationService.orgChart (" + DEPARTMENTS + " departments)", i -> organisation.orgChart(), 200);
    }

    private String number(int i) {
        return run + "-" + i;
    }

    private static void measure(String what, IntConsumer work, double targetMillis) throws IOException {
        BenchReport.measure(what, SAMPLES, work, targetMillis);
    }

    private static void report(String line) throws IOException {
        BenchReport.report(line);
    }
}
