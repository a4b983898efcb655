package org.backoffice.itests;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import javax.inject.Inject;

import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.api.sales.SalesOrderDraft;
import org.backoffice.logistics.api.sales.SalesOrderService;
import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockMoveDraft;
import org.backoffice.logistics.api.stock.StockOverview;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.logistics.api.warehouse.Location;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.api.warehouse.WarehouseService;
import org.backoffice.platform.api.PageRequest;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;

/**
 * Logistics on the real server (embedded Derby, durable commits), against issue 5's targets: stock moves through
 * StockService with 4 threads (at least 3,000/s), confirming a 100-line sales order (at most 50 ms) and the stock of
 * one SKU held in 1,000 locations (at most 10 ms). Not a test: it asserts nothing and is not run by {@code verify};
 * run it with {@code bench/logistics-bench.sh}. Figures are appended to {@code itests/target/logistics-bench.txt}.
 */
public class LogisticsBenchmark extends BackofficeTestSupport {

    private static final int THREADS = 4;
    private static final int PRODUCTS_PER_THREAD = 8;
    private static final int ORDER_LINES = 100;
    private static final int LOCATIONS = 1_000;

    @Inject
    protected StockService stock;

    @Inject
    protected ProductService products;

    @Inject
    protected WarehouseService warehouses;

    @Inject
    protected SalesOrderService salesOrders;

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = new ArrayList<>(Arrays.asList(configurationWith("backoffice-logistics")));
        options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                "backoffice.bench.output", new File("target/logistics-bench.txt").getAbsolutePath()));
        if (Boolean.getBoolean("bench.nosync")) {
            // a diagnosis, not a figure: without log syncs, what is left of a move's time
            options.add(KarafDistributionOption.editConfigurationFilePut(
                    "etc/custom.system.properties", "derby.system.durability", "test"));
        }
        options.add(CoreOptions.vmOptions("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC"));
        if (System.getProperty("bench.jfr") != null) {
            // a CPU profile of the server, e.g. -Dbench.jfr=/tmp/logistics.jfr; read it with `jfr print` or JMC
            options.add(CoreOptions.vmOption("-XX:StartFlightRecording=settings=profile,filename="
                    + System.getProperty("bench.jfr")));
        }
        for (String key : List.of("bench.warmup", "bench.moves", "bench.orders")) {
            if (System.getProperty(key) != null) {
                options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties", key,
                        System.getProperty(key)));
            }
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void measure() throws Exception {
        String warehouse = warehouse("BM" + run);
        List<String> skus = products("MV" + run, THREADS * PRODUCTS_PER_THREAD);
        moves(warehouse, skus, Integer.getInteger("bench.warmup", 10_000)); // until the JIT has compiled the hot paths
        int moves = Integer.getInteger("bench.moves", 40_000);
        long start = System.nanoTime();
        moves(warehouse, skus, moves);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(String.format("StockService.move, %d threads: %d moves (receipts and issues alternating, %d products"
                + " per thread) in %.2f s = %.0f moves/s", THREADS, moves, PRODUCTS_PER_THREAD, seconds,
                moves / seconds));

        confirmations(warehouse);
        stockAcrossLocations();
    }

    /** Each thread alternates a receipt and an issue of one unit over its own products at the receiving location. */
    private void moves(String warehouse, List<String> skus, int moves) throws Exception {
        String location = warehouse + "-RECV";
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<String> own = skus.subList(t * PRODUCTS_PER_THREAD, (t + 1) * PRODUCTS_PER_THREAD);
            done.add(pool.submit(() -> {
                int mine = 0;
                for (int i = next.getAndIncrement(); i < moves; i = next.getAndIncrement(), mine++) {
                    String sku = own.get((mine / 2) % own.size());
                    MoveType type = mine % 2 == 0 ? MoveType.RECEIPT : MoveType.ISSUE;
                    stock.move(new StockMoveDraft(type, sku, BigDecimal.ONE, warehouse, location, null, null, null,
                            "bench"));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    /** Confirming DRAFT orders of 100 lines, each line a different product in stock. */
    private void confirmations(String warehouse) throws Exception {
        String customer = "BENCH-" + run;
        Http.Reply partner = http().as("admin").post("/api/partners", "{\"code\":\"" + customer + "\",\"name\":"
                + "\"Bench customer\",\"roles\":[\"CUSTOMER\"]}");
        if (partner.status() != 201) {
            throw new IllegalStateException(partner.toString());
        }
        int orders = Integer.getInteger("bench.orders", 40);
        List<String> skus = products("SO" + run, ORDER_LINES);
        for (String sku : skus) {
            stock.move(new StockMoveDraft(MoveType.RECEIPT, sku, BigDecimal.valueOf(10L * orders), warehouse, null,
                    null, null, null, "bench"));
        }
        List<SalesOrderDraft.Line> lines = skus.stream()
                .map(sku -> new SalesOrderDraft.Line(sku, BigDecimal.ONE, new BigDecimal("9.99"))).toList();
        SalesOrderDraft draft = new SalesOrderDraft(customer, warehouse, LocalDate.now().plusDays(7), "USD",
                lines);
        time(orders / 4, () -> { // warm-up
            long id = salesOrders.create(draft).id();
            long t0 = System.nanoTime();
            salesOrders.confirm(id);
            return System.nanoTime() - t0;
        });
        long[] times = time(orders, () -> {
            long id = salesOrders.create(draft).id();
            long t0 = System.nanoTime();
            salesOrders.confirm(id);
            return System.nanoTime() - t0;
        });
        report(String.format("SalesOrderService.confirm of a %d-line order (every line reserved), %d orders: median"
                + " %.1f ms, p90 %.1f ms, max %.1f ms", ORDER_LINES, orders, times[times.length / 2] / 1e6,
                times[(int) (times.length * 0.9)] / 1e6, times[times.length - 1] / 1e6));
    }

    /** One SKU with stock in 1,000 locations of a warehouse: its total, and a full page of its levels. */
    private void stockAcrossLocations() throws Exception {
        String warehouse = warehouse("LC" + run);
        String sku = products("LC" + run, 1).get(0);
        for (int i = 0; i < LOCATIONS; i++) {
            String code = String.format("%s-%04d", warehouse, i);
            warehouses.addLocation(warehouse, new Location(warehouse, code, "Bin " + i, null, null));
            stock.move(new StockMoveDraft(MoveType.RECEIPT, sku, BigDecimal.valueOf(1 + i % 7), warehouse, code, null,
                    null, null, "bench"));
        }
        StockOverview check = stock.stock(sku, warehouse, PageRequest.first(1));
        if (check.total() != LOCATIONS || check.warehouses().size() != 1) {
            throw new IllegalStateException("expected " + LOCATIONS + " levels and one total: " + check);
        }
        time(50, () -> timed(() -> stock.stock(sku, null, PageRequest.first(1)))); // warm-up
        long[] total = time(100, () -> timed(() -> stock.stock(sku, null, PageRequest.first(1))));
        long[] page = time(100, () -> timed(() -> stock.stock(sku, null, new PageRequest(0, PageRequest.MAX_LIMIT))));
        report(String.format("StockService.stock of one SKU in %d locations: its total (first level + warehouse"
                + " total over all locations) median %.1f ms, max %.1f ms; a page of %d levels with the total median"
                + " %.1f ms, max %.1f ms", LOCATIONS, total[total.length / 2] / 1e6, total[total.length - 1] / 1e6,
                PageRequest.MAX_LIMIT, page[page.length / 2] / 1e6, page[page.length - 1] / 1e6));
    }

    private static long timed(Runnable call) {
        long t0 = System.nanoTime();
        call.run();
        return System.nanoTime() - t0;
    }

    /** Runs a measurement {@code n} times and returns the durations sorted. */
    private static long[] time(int n, LongSupplier measurement) {
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = measurement.getAsLong();
        }
        Arrays.sort(times);
        return times;
    }

    private String warehouse(String code) {
        warehouses.create(new Warehouse(code, "Bench " + code, null, null));
        return code;
    }

    private List<String> products(String prefix, int count) {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sku = prefix + "-" + i;
            products.create(new Product(sku, "Bench " + sku, "PCE", ProductType.STOCKED, null, null,
                    null, null, null, null, null));
            skus.add(sku);
        }
        return skus;
    }

    private static void report(String line) throws IOException {
        BenchReport.report(line);
    }
}
