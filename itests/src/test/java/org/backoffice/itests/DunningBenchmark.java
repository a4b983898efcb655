package org.backoffice.itests;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.dunning.DunningRunRequest;
import org.backoffice.finance.api.dunning.DunningRunResult;
import org.backoffice.finance.api.dunning.DunningService;
import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;

/**
 * A dunning run over 10,000 open overdue invoices of 500 customers (the target: at most 2 s on the server): the
 * invoices are created and posted through ReceivablesService with 4 threads, then a preview and the real run are
 * timed inside the server, and a second run on the same day (nothing new). Not a test: it asserts nothing and is not
 * run by {@code verify}; run it with {@code bench/dunning-bench.sh}. Figures are appended to
 * {@code itests/target/dunning-bench.txt}. Sizes: -Dbench.dunningInvoices (10000), -Dbench.dunningCustomers (500).
 */
public class DunningBenchmark extends BackofficeTestSupport {

    private static final int THREADS = 4;
    private static final LocalDate RUN = LocalDate.of(2030, 7, 31);

    @Inject
    protected ReceivablesService receivables;

    @Inject
    protected DunningService dunning;

    @Inject
    protected PeriodService periods;

    @Inject
    protected PartnerService partners;

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = new ArrayList<>(Arrays.asList(configurationWith("backoffice-finance")));
        options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                "backoffice.bench.output", new File("target/dunning-bench.txt").getAbsolutePath()));
        options.add(CoreOptions.vmOptions("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC"));
        for (String key : List.of("bench.dunningInvoices", "bench.dunningCustomers")) {
            if (System.getProperty(key) != null) {
                options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties", key,
                        System.getProperty(key)));
            }
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void measure() throws Exception {
        int invoices = Integer.getInteger("bench.dunningInvoices", 10_000);
        int customers = Integer.getInteger("bench.dunningCustomers", 500);
        if (periods.list(2030).isEmpty()) {
            periods.openFiscalYear(2030);
        }
        long start = System.nanoTime();
        for (int c = 0; c < customers; c++) {
            partners.create(new Partner(customer(c), "Bench customer " + c, Set.of(PartnerRole.CUSTOMER), null, null,
                    null, null, null, "USD", 30, null, null, null, null, null, null));
        }
        createPostedInvoices(invoices, customers);
        FinanceBenchmark.report(String.format("dunning setup: %d customers, %d posted overdue invoices in %.1f s",
                customers, invoices, (System.nanoTime() - start) / 1e9));

        for (int round = 1; round <= 2; round++) {
            long t0 = System.nanoTime();
            DunningRunResult preview = dunning.run(new DunningRunRequest(RUN, true, null, null));
            report("preview " + round, t0, preview);
        }
        long t0 = System.nanoTime();
        DunningRunResult run = dunning.run(new DunningRunRequest(RUN, false, null, null));
        report("run", t0, run);
        t0 = System.nanoTime();
        DunningRunResult again = dunning.run(new DunningRunRequest(RUN, false, null, null));
        report("same day again", t0, again);
    }

    private static void report(String what, long t0, DunningRunResult result) throws IOException {
        double millis = (System.nanoTime() - t0) / 1e6;
        int items = result.notices().stream().mapToInt(n -> n.invoices().size()).sum();
        FinanceBenchmark.report(String.format("dunning %s %s: %d notices over %d invoices in %.0f ms", what,
                result.date(), result.notices().size(), items, millis));
    }

    private static String customer(int c) {
        return String.format("DB-%04d", c);
    }

    /** Due dates spread over the half year before the run (all at least 11 days overdue: every level occurs). */
    private void createPostedInvoices(int invoices, int customers) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < invoices; i = next.getAndIncrement()) {
                    LocalDate due = LocalDate.of(2030, 1, 10).plusDays(i % 191);
                    long id = receivables.createInvoice(new InvoiceDraft(customer(i % customers), due.minusDays(7),
                            due, null, null, List.of(new InvoiceLineDraft("Bench service", BigDecimal.ONE,
                                    BigDecimal.valueOf(1_000 + i % 9_000, 2), "ZERO", null)), null)).id();
                    receivables.postInvoice(id);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }
}
