package org.backoffice.itests;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.finance.api.ledger.ReportService;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;

/**
 * Finance throughput on the real server (embedded Derby, durable commits): postings through LedgerService with 4
 * threads, postings through REST with 4 clients (rate and latency percentiles), and the trial balance over a journal of
 * a million lines. Not a test: it asserts nothing and is not run by {@code verify}; run it with
 * {@code bench/finance-bench.sh}. Figures are appended to {@code itests/target/finance-bench.txt}.
 */
public class FinanceBenchmark extends BackofficeTestSupport {

    private static final int THREADS = 4;

    /** Postings each thread keeps in flight through recordAsync. */
    private static final int IN_FLIGHT = 16;

    /** Concurrent REST clients (the issue fixes 4 threads only for LedgerService): -Dbench.restClients. */
    private static final int REST_CLIENTS = Integer.getInteger("bench.restClients", 8);

    @Inject
    protected LedgerService ledger;

    @Inject
    protected ReportService reports;

    @Inject
    protected PeriodService periods;

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = new ArrayList<>(Arrays.asList(configurationWith("backoffice-finance")));
        options.add(KarafDistributionOption.editConfigurationFilePut(
                "etc/system.properties", "backoffice.bench.output",
                new File("target/finance-bench.txt").getAbsolutePath()));
        if (System.getProperty("bench.derby") != null) {
            // try a Derby property, e.g. -Dbench.derby=derby.storage.fileSyncTransactionLog=true
            String[] property = System.getProperty("bench.derby").split("=", 2);
            options.add(KarafDistributionOption.editConfigurationFilePut(
                    "etc/custom.system.properties", property[0], property[1]));
        }
        if (Boolean.getBoolean("bench.nosync")) {
            options.add(KarafDistributionOption.editConfigurationFilePut(
                    "etc/custom.system.properties", "derby.system.durability", "test"));
        }
        // the JVM settings bin/setenv gives the real server (Pax Exam starts Karaf's JVM itself)
        options.add(CoreOptions.vmOptions("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC"));
        if (System.getProperty("bench.jfr") != null) {
            // a CPU profile of the server, e.g. -Dbench.jfr=/tmp/finance.jfr; read it with `jfr print` or JMC
            options.add(CoreOptions.vmOption("-XX:StartFlightRecording=settings=profile,filename="
                    + System.getProperty("bench.jfr")));
        }
        for (String key : List.of("bench.warmup", "bench.restClients", "bench.entries", "bench.restEntries", "bench.lines")) {
            if (System.getProperty(key) != null) {
                options.add(KarafDistributionOption.editConfigurationFilePut(
                        "etc/system.properties", key, System.getProperty(key)));
            }
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void measure() throws Exception {
        if (periods.list(2026).isEmpty()) {
            periods.openFiscalYear(2026);
        }
        postThroughService(Integer.getInteger("bench.warmup", 10_000)); // until the JIT has compiled the hot paths
        int entries = Integer.getInteger("bench.entries", 20_000);
        long start = System.nanoTime();
        postThroughService(entries);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(String.format("LedgerService, %d threads: %d two-line entries in %.2f s = %.0f entries/s", THREADS,
                entries, seconds, entries / seconds));

        start = System.nanoTime();
        postThroughServiceAsync(entries);
        seconds = (System.nanoTime() - start) / 1e9;
        report(String.format("LedgerService.recordAsync, %d threads with up to %d entries in flight each: %d entries"
                + " in %.2f s = %.0f entries/s", THREADS, IN_FLIGHT, entries, seconds, entries / seconds));

        postThroughRest(3_000); // warm-up
        int restEntries = Integer.getInteger("bench.restEntries", 10_000);
        start = System.nanoTime();
        long[] latencies = postThroughRest(restEntries);
        seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        report(String.format("REST, %d clients: %d entries in %.2f s = %.0f entries/s; latency p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms", REST_CLIENTS, restEntries, seconds, restEntries / seconds,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6,
                latencies[latencies.length - 1] / 1e6));

        int targetLines = Integer.getInteger("bench.lines", 1_000_000);
        long lines = reports.verify().postedLines();
        start = System.nanoTime();
        long loaded = 0;
        while (lines < targetLines) {
            List<JournalEntryDraft> batch = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                batch.add(draft(i));
            }
            ledger.recordAll(batch);
            lines += 2_000;
            loaded += 1_000;
        }
        seconds = (System.nanoTime() - start) / 1e9;
        if (loaded > 0) {
            report(String.format("batch load: %d entries in %.1f s = %.0f entries/s (1,000 per transaction)", loaded,
                    seconds, loaded / seconds));
        }
        long[] times = new long[10];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            reports.trialBalance("2026-01", "2026-12");
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        report(String.format("trial balance 2026-01..2026-12 over %d journal lines: median %.1f ms, max %.1f ms",
                reports.verify().postedLines(), times[times.length / 2] / 1e6, times[times.length - 1] / 1e6));
    }

    private static JournalEntryDraft draft(int i) {
        BigDecimal amount = BigDecimal.valueOf(100 + i % 900, 2);
        String debitAccount = i % 2 == 0 ? "1200" : "1100";
        return new JournalEntryDraft(LocalDate.of(2026, 1 + i % 12, 1 + i % 28), "bench " + i, null, null, null, true,
                List.of(JournalLineDraft.debit(debitAccount, amount), JournalLineDraft.credit("4000", amount)));
    }

    private void postThroughService(int entries) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < entries; i = next.getAndIncrement()) {
                    ledger.record(draft(i));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    /** Each thread keeps up to {@link #IN_FLIGHT} postings in flight, as an import or a bridge would. */
    private void postThroughServiceAsync(int entries) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> {
                Semaphore window = new Semaphore(IN_FLIGHT);
                List<CompletableFuture<?>> pending = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < entries; i = next.getAndIncrement()) {
                    window.acquire();
                    pending.add(ledger.recordAsync(draft(i)).whenComplete((entry, failure) -> window.release())
                            .toCompletableFuture());
                }
                for (CompletableFuture<?> posting : pending) {
                    posting.join();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private long[] postThroughRest(int entries) throws Exception {
        int port = Integer.getInteger(HTTP_PORT_PROPERTY);
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        long[] latencies = new long[entries];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(REST_CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < REST_CLIENTS; t++) {
            done.add(pool.submit(() -> {
                try (KeepAliveClient client = new KeepAliveClient(port, auth)) {
                    for (int i = next.getAndIncrement(); i < entries; i = next.getAndIncrement()) {
                        String body = "{\"date\":\"2026-11-" + String.format("%02d", 1 + i % 28) + "\",\"description\":"
                                + "\"rest bench\",\"post\":true,\"lines\":[{\"account\":\"1200\",\"debit\":12.34},"
                                + "{\"account\":\"4000\",\"credit\":12.34}]}";
                        long t0 = System.nanoTime();
                        KeepAliveClient.Response response = client.postJson("/api/finance/journal-entries", body);
                        latencies[i] = System.nanoTime() - t0;
                        if (response.status() != 201) {
                            throw new IllegalStateException(response.status() + " " + response.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return latencies;
    }

    static void report(String line) throws IOException {
        System.out.println("BENCH " + line);
        Files.writeString(Path.of(System.getProperty("backoffice.bench.output")), line + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
