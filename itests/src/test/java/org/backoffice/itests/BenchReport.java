package org.backoffice.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * How the benchmarks time and report: each figure is printed and appended to the file named by the server's
 * {@code backoffice.bench.output} property, which the {@code bench/*.sh} scripts print at the end.
 */
final class BenchReport {

    private BenchReport() {
    }

    /** Times {@code samples} calls after a quarter as many for warm-up, and reports the median and p95. */
    static void measure(String what, int samples, IntConsumer work, double targetMillis) throws IOException {
        for (int i = 0; i < samples / 4; i++) {
            work.accept(i); // warm-up
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            work.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double p95 = millis[(int) (samples * 0.95) - 1];
        report(String.format("%s: median %.2f ms, p95 %.2f ms (target %.0f ms: %s)", what, millis[samples / 2], p95,
                targetMillis, p95 <= targetMillis ? "met" : "MISSED"));
    }

    static void report(String line) throws IOException {
        System.out.println("BENCH " + line);
        Files.writeString(Path.of(System.getProperty("backoffice.bench.output")), line + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
