import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Load driver and verifier of bench/crash-bench.sh (JDK only: {@code java bench/CrashLoad.java MODE ...}).
 *
 * <pre>
 * setup   BASE USER PASSWORD STATE_DIR                       master data (idempotent)
 * load    BASE USER PASSWORD STATE_DIR CYCLE THREADS MAX_S   mixed load until the server dies (or MAX_S)
 * verify  BASE USER PASSWORD STATE_DIR CYCLE                 checks every write of every cycle so far
 * summary STATE_DIR                                          the figures of all cycles
 * </pre>
 *
 * Every request the load makes is one line of STATE_DIR/ops-CYCLE.log: ACK (2xx and its whole body received), REJ
 * (another status received) or UNACK (no response: connection reset, refused, timeout), with what is needed to find
 * its effect again (a reference, a key, a tag price) and, for ACK, what the server answered.
 */
public final class CrashLoad {

    static final String CUSTOMER = "CRASH-CUST";
    static final String WAREHOUSE = "CRW";
    static final String RECV = "CRW-RECV";
    static final String CASH = "1091";
    static final String REVENUE = "4091";
    static final String CARRIER = "CRASH";
    static final List<String> SKUS = List.of("CRASH-A", "CRASH-B", "CRASH-C", "CRASH-D");
    static final int MAX_THREADS = 16;
    static final BigDecimal INITIAL_STOCK = new BigDecimal(5000);
    static final String DISPATCHED = "org/backoffice/logistics/SHIPMENT_DISPATCHED";
    static final String INVOICER = "org.backoffice.bridge.logisticsfinance.invoices";

    public static void main(String[] args) throws Exception {
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "false"); // never send a POST/PUT twice
        if (args.length < 2) {
            usage();
        }
        String mode = args[0];
        if (mode.equals("summary")) {
            summary(Path.of(args[1]));
            return;
        }
        if (args.length < 5) {
            usage();
        }
        Api api = new Api(args[1], args[2], args[3]);
        Path state = Path.of(args[4]);
        Files.createDirectories(state);
        switch (mode) {
            case "setup" -> setup(api, state);
            case "load" -> load(api, state, Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                    Integer.parseInt(args[7]));
            case "verify" -> new Verifier(api, state, Integer.parseInt(args[5])).run();
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: CrashLoad setup|load|verify|summary ... (see the class comment)");
        System.exit(2);
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    static String partner(int thread) {
        return "CRASH-UPD-" + thread;
    }

    // ------------------------------------------------------------------------------------------------------ setup

    static void setup(Api api, Path state) throws Exception {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        for (int y : new int[] {year, year + 1}) {
            api.expect("POST", "/api/finance/fiscal-years", "{\"year\":" + y + "}", 201, 409);
        }
        api.expect("POST", "/api/finance/accounts", "{\"code\":\"" + CASH + "\",\"name\":\"Crash bench cash\","
                + "\"type\":\"ASSET\"}", 201, 409);
        api.expect("POST", "/api/finance/accounts", "{\"code\":\"" + REVENUE + "\",\"name\":\"Crash bench revenue\","
                + "\"type\":\"INCOME\"}", 201, 409);
        api.expect("POST", "/api/partners", "{\"code\":\"" + CUSTOMER + "\",\"name\":\"Crash bench customer\","
                + "\"roles\":[\"CUSTOMER\"],\"currency\":\"USD\",\"paymentTermsDays\":30}", 201, 409);
        for (int t = 1; t <= MAX_THREADS; t++) {
            api.expect("POST", "/api/partners", partnerBody(t, null, null, true), 201, 409);
        }
        for (String sku : SKUS) {
            api.expect("POST", "/api/logistics/products", "{\"sku\":\"" + sku + "\",\"name\":\"Crash " + sku
                    + "\",\"uom\":\"PCE\",\"type\":\"STOCKED\",\"standardCost\":1.00,\"listPrice\":2.00,"
                    + "\"currency\":\"USD\"}", 201, 409);
        }
        api.expect("POST", "/api/logistics/warehouses", "{\"code\":\"" + WAREHOUSE + "\",\"name\":\"Crash bench\","
                + "\"address\":{\"city\":\"Berlin\",\"country\":\"DE\"}}", 201, 409);
        Path log = state.resolve("ops-0.log");
        if (Files.exists(log)) {
            return;
        }
        try (OpLog ops = new OpLog(log)) {
            for (String sku : SKUS) {
                Map<String, String> f = new LinkedHashMap<>();
                f.put("ref", "INIT-" + sku);
                f.put("type", "RECEIPT");
                f.put("sku", sku);
                f.put("qty", INITIAL_STOCK.toPlainString());
                Api.Resp r = api.send("POST", "/api/logistics/stock-moves", moveBody("RECEIPT", sku, INITIAL_STOCK,
                        "INIT-" + sku));
                if (r.code != 201) {
                    throw new IllegalStateException("initial receipt of " + sku + ": " + r.code + " " + r.body);
                }
                f.put("moveId", Json.str(r.json(), "id"));
                ops.write(new Op(0, "c0-init-" + sku, "MOVE", "ACK", 201, f));
            }
        }
        System.out.println("master data ready: fiscal years " + year + "-" + (year + 1) + ", accounts " + CASH + "/"
                + REVENUE + ", customer " + CUSTOMER + ", partners " + partner(1) + ".." + partner(MAX_THREADS)
                + ", products " + SKUS + " with " + INITIAL_STOCK + " each in " + WAREHOUSE);
    }

    static String partnerBody(int t, String notes, Long version, boolean withCode) {
        return "{" + (withCode ? "\"code\":\"" + partner(t) + "\"," : "") + "\"name\":\"Crash updater " + t
                + "\",\"roles\":[\"SUPPLIER\"],\"currency\":\"USD\",\"email\":\"crash" + t + "@example.com\""
                + (notes == null ? "" : ",\"notes\":\"" + notes + "\"")
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    static String moveBody(String type, String sku, BigDecimal qty, String ref) {
        return "{\"type\":\"" + type + "\",\"sku\":\"" + sku + "\",\"quantity\":" + qty.toPlainString()
                + ",\"warehouse\":\"" + WAREHOUSE + "\",\"location\":\"" + RECV + "\",\"reference\":\"" + ref + "\"}";
    }

    static String journalBody(String opId, String ref, BigDecimal amount) {
        return "{\"date\":\"" + today() + "\",\"description\":\"crash bench " + opId + "\",\"reference\":\"" + ref
                + "\",\"post\":true,\"lines\":[{\"account\":\"" + CASH + "\",\"debit\":" + amount.toPlainString()
                + "},{\"account\":\"" + REVENUE + "\",\"credit\":" + amount.toPlainString() + "}]}";
    }

    // ------------------------------------------------------------------------------------------------------- load

    static void load(Api api, Path state, int cycle, int threads, int maxSeconds) throws Exception {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads: 1.." + MAX_THREADS);
        }
        long deadline = System.currentTimeMillis() + maxSeconds * 1000L;
        Path ready = state.resolve("ready-" + cycle);
        Files.deleteIfExists(ready);
        AtomicBoolean signalled = new AtomicBoolean();
        long started = System.currentTimeMillis();
        try (OpLog ops = new OpLog(state.resolve("ops-" + cycle + ".log"))) {
            List<Worker> workers = new ArrayList<>();
            List<Thread> running = new ArrayList<>();
            for (int t = 1; t <= threads; t++) {
                Worker w = new Worker(api.copy(), ops, cycle, t, deadline, () -> {
                    if (signalled.compareAndSet(false, true)) {
                        try {
                            Files.writeString(ready, "ready\n");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                workers.add(w);
                Thread thread = new Thread(w, "crash-load-" + t);
                thread.start();
                running.add(thread);
            }
            for (Thread thread : running) {
                thread.join();
            }
            int acked = 0, rejected = 0, unacked = 0, refused = 0;
            List<Long> latencies = new ArrayList<>();
            Map<String, Integer> rejections = new TreeMap<>();
            for (Worker w : workers) {
                latencies.addAll(w.latencies);
                w.rejections.forEach((k, v) -> rejections.merge(k, v, Integer::sum));
                acked += w.acked;
                rejected += w.rejected;
                unacked += w.unacked;
                refused += w.refused;
            }
            boolean timedOut = System.currentTimeMillis() >= deadline;
            Collections.sort(latencies);
            long p50 = latencies.isEmpty() ? 0 : latencies.get(latencies.size() / 2);
            long p99 = latencies.isEmpty() ? 0 : latencies.get(Math.min(latencies.size() - 1,
                    (int) (latencies.size() * 0.99)));
            System.out.printf("load cycle %d: %d threads, %.1f s, %d requests (%d/%d ms p50/p99): %d acknowledged, "
                    + "%d rejected%s, %d unacknowledged (%d refused)%s%n", cycle, threads,
                    (System.currentTimeMillis() - started) / 1000.0, acked + rejected + unacked, p50, p99, acked,
                    rejected, rejections.isEmpty() ? "" : " " + rejections, unacked, refused,
                    timedOut ? " -- stopped by its deadline, the server was not killed" : "");
        }
    }

    /** Thrown when a request got no response: this thread stops, its server is gone. */
    static final class NoResponse extends Exception {
        private static final long serialVersionUID = 1L;

        NoResponse(Throwable cause) {
            super(cause);
        }
    }

    static final class Worker implements Runnable {
        private final Api api;
        private final OpLog ops;
        private final int cycle;
        private final int thread;
        private final long deadline;
        private final Runnable onFirstAck;
        private final Random random;
        private int seq;
        private Long partnerVersion;
        final List<Long> latencies = new ArrayList<>();
        final Map<String, Integer> rejections = new TreeMap<>();
        int acked, rejected, unacked, refused;

        Worker(Api api, OpLog ops, int cycle, int thread, long deadline, Runnable onFirstAck) {
            this.api = api;
            this.ops = ops;
            this.cycle = cycle;
            this.thread = thread;
            this.deadline = deadline;
            this.onFirstAck = onFirstAck;
            this.random = new Random(cycle * 7919L + thread * 104729L + System.nanoTime());
        }

        @Override
        public void run() {
            try {
                while (System.currentTimeMillis() < deadline && seq < 9990) {
                    int r = random.nextInt(100);
                    // about a third of the requests each for the ledger and the stock, a flow is 8 requests
                    if (r < 35) {
                        journalEntry();
                    } else if (r < 70) {
                        stockMove();
                    } else if (r < 82) {
                        orderFlow();
                    } else {
                        partnerUpdate();
                    }
                }
            } catch (NoResponse e) {
                // the server is gone: this thread's part of the cycle is over
            } catch (Exception e) {
                System.err.println("load thread " + thread + " broke: " + e);
                e.printStackTrace();
            }
        }

        private String nextId() {
            return "c" + cycle + "-t" + thread + "-" + (++seq);
        }

        /** Sends one write and logs it; returns the response (any status), throws NoResponse without one. */
        private Api.Resp call(String opId, String kind, Map<String, String> fields, String method, String path,
                String body, Function<Object, Map<String, String>> onAck, String... headers) throws NoResponse {
            Api.Resp resp;
            long t0 = System.nanoTime();
            try {
                resp = api.send(method, path, body, headers);
            } catch (IOException | InterruptedException e) {
                fields.put("ms", Long.toString((System.nanoTime() - t0) / 1_000_000));
                boolean wasRefused = e instanceof ConnectException || e.getCause() instanceof ConnectException;
                fields.put("error", String.valueOf(e));
                if (wasRefused) {
                    fields.put("refused", "1");
                    refused++;
                }
                unacked++;
                ops.write(new Op(cycle, opId, kind, "UNACK", 0, fields));
                throw new NoResponse(e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            fields.put("ms", Long.toString(ms));
            synchronized (latencies) {
                latencies.add(ms);
            }
            if (resp.code / 100 == 2) {
                acked++;
                if (onAck != null) {
                    fields.putAll(onAck.apply(resp.json()));
                }
                ops.write(new Op(cycle, opId, kind, "ACK", resp.code, fields));
                onFirstAck.run();
            } else {
                rejected++;
                synchronized (rejections) {
                    rejections.merge(kind + " " + resp.code, 1, Integer::sum);
                }
                fields.put("response", resp.body.length() > 300 ? resp.body.substring(0, 300) : resp.body);
                ops.write(new Op(cycle, opId, kind, "REJ", resp.code, fields));
            }
            return resp;
        }

        private void journalEntry() throws NoResponse {
            String opId = nextId();
            String ref = "CR-" + opId;
            String key = "crash-" + opId;
            BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(99_900), 2);
            String body = journalBody(opId, ref, amount);
            Map<String, String> f = new LinkedHashMap<>();
            f.put("ref", ref);
            f.put("key", key);
            f.put("amount", amount.toPlainString());
            f.put("body", body);
            call(opId, "JE", f, "POST", "/api/finance/journal-entries", body,
                    j -> Map.of("entryId", Json.str(j, "id"), "number", Json.str(j, "number")),
                    "Idempotency-Key", key);
        }

        private void stockMove() throws NoResponse {
            String opId = nextId();
            boolean receipt = random.nextInt(100) < 60;
            String sku = SKUS.get(random.nextInt(SKUS.size()));
            BigDecimal qty = BigDecimal.valueOf(receipt ? 1 + random.nextInt(20) : 1 + random.nextInt(10));
            String type = receipt ? "RECEIPT" : "ISSUE";
            String ref = "MV-" + opId;
            Map<String, String> f = new LinkedHashMap<>();
            f.put("ref", ref);
            f.put("type", type);
            f.put("sku", sku);
            f.put("qty", qty.toPlainString());
            call(opId, "MOVE", f, "POST", "/api/logistics/stock-moves", moveBody(type, sku, qty, ref),
                    j -> Map.of("moveId", Json.str(j, "id")));
        }

        /** create → confirm → reserve → pick list → confirm its lines → shipment → dispatch; stops at a refusal. */
        private void orderFlow() throws NoResponse {
            String flow = nextId();
            long tag = cycle * 100_000L + thread * 10_000L + seq; // unique cents: the first line's unit price
            BigDecimal price = BigDecimal.valueOf(tag, 2);
            List<String> skus = new ArrayList<>(SKUS);
            Collections.shuffle(skus, random);
            int lineCount = 1 + random.nextInt(2);
            StringBuilder lines = new StringBuilder();
            StringBuilder linesField = new StringBuilder();
            for (int i = 0; i < lineCount; i++) {
                int qty = 1 + random.nextInt(3);
                lines.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skus.get(i)).append("\",\"quantity\":")
                        .append(qty).append(",\"unitPrice\":").append(i == 0 ? price.toPlainString() : "2.50")
                        .append("}");
                linesField.append(i == 0 ? "" : ",").append(skus.get(i)).append(':').append(qty);
            }
            Map<String, String> f = new LinkedHashMap<>();
            f.put("flow", flow);
            f.put("tag", Long.toString(tag));
            f.put("lines", linesField.toString());
            Api.Resp created = call(flow, "SO_CREATE", f, "POST", "/api/logistics/sales-orders",
                    "{\"customer\":\"" + CUSTOMER + "\",\"warehouse\":\"" + WAREHOUSE + "\",\"requestedDate\":\""
                            + LocalDate.now(ZoneOffset.UTC).plusDays(7) + "\",\"currency\":\"USD\",\"lines\":["
                            + lines + "]}",
                    j -> Map.of("orderId", Json.str(j, "id"), "number", Json.str(j, "number")));
            if (created.code != 201) {
                return;
            }
            String order = Json.str(created.json(), "id");
            if (step(flow, "SO_CONFIRM", order, "/api/logistics/sales-orders/" + order + "/confirm", null) == null
                    || step(flow, "SO_RESERVE", order, "/api/logistics/sales-orders/" + order + "/reserve",
                            null) == null) {
                return;
            }
            Object pick = step(flow, "PICK", order, "/api/logistics/pick-lists", "{\"orders\":[" + order + "]}");
            if (pick == null) {
                return;
            }
            String pickId = Json.str(pick, "id");
            for (Object line : Json.list(pick, "lines")) {
                String lineId = Json.str(line, "id");
                String qty = Json.num(line, "quantity").toPlainString();
                Map<String, String> lf = new LinkedHashMap<>();
                lf.put("flow", flow);
                lf.put("order", order);
                lf.put("pick", pickId);
                lf.put("line", lineId);
                lf.put("qty", qty);
                Api.Resp r = call(nextId(), "PICK_CONFIRM", lf, "POST", "/api/logistics/pick-lists/" + pickId
                        + "/lines/" + lineId + "/confirm", "{\"quantity\":" + qty + "}", null);
                if (r.code != 200) {
                    return;
                }
            }
            String tracking = "T-" + flow;
            Map<String, String> sf = new LinkedHashMap<>();
            sf.put("flow", flow);
            sf.put("order", order);
            sf.put("tracking", tracking);
            Api.Resp shipment = call(nextId(), "SHIP", sf, "POST", "/api/logistics/shipments",
                    "{\"salesOrder\":" + order + ",\"carrier\":\"" + CARRIER + "\",\"trackingNumber\":\"" + tracking
                            + "\"}",
                    j -> Map.of("shipmentId", Json.str(j, "id"), "number", Json.str(j, "number")));
            if (shipment.code != 201) {
                return;
            }
            String shipmentId = Json.str(shipment.json(), "id");
            Map<String, String> df = new LinkedHashMap<>();
            df.put("flow", flow);
            df.put("order", order);
            df.put("shipment", shipmentId);
            df.put("number", Json.str(shipment.json(), "number"));
            call(nextId(), "DISPATCH", df, "POST", "/api/logistics/shipments/" + shipmentId + "/dispatch", null,
                    null);
        }

        /** One POST step of an order flow; its JSON answer, or null when refused. */
        private Object step(String flow, String kind, String order, String path, String body) throws NoResponse {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("flow", flow);
            f.put("order", order);
            Api.Resp r = call(nextId(), kind, f, "POST", path, body, j -> kind.equals("PICK")
                    ? Map.of("pickId", Json.str(j, "id")) : Map.of());
            return r.code / 100 == 2 ? r.json() : null;
        }

        private void partnerUpdate() throws NoResponse {
            String code = partner(thread);
            if (partnerVersion == null) {
                try {
                    Api.Resp r = api.send("GET", "/api/partners/" + code, null);
                    if (r.code != 200) {
                        return;
                    }
                    partnerVersion = Json.num(r.json(), "version").longValueExact();
                } catch (IOException | InterruptedException e) {
                    throw new NoResponse(e);
                }
            }
            String opId = nextId();
            String notes = "upd " + opId;
            Map<String, String> f = new LinkedHashMap<>();
            f.put("partner", code);
            f.put("notes", notes);
            f.put("version", Long.toString(partnerVersion));
            Api.Resp r = call(opId, "PUPD", f, "PUT", "/api/partners/" + code,
                    partnerBody(thread, notes, partnerVersion, false),
                    j -> Map.of("newVersion", Json.str(j, "version")));
            partnerVersion = r.code == 200 ? Long.valueOf(Json.num(r.json(), "version").longValueExact()) : null;
        }
    }

    // ----------------------------------------------------------------------------------------------------- verify

    /** A check that could not be made (the server refused a read): a failure of its own. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static final class Verifier {
        private final Api api;
        private final Path state;
        private final int cycle;
        private final List<Op> ops = new ArrayList<>();
        /** category → key → message; categories LOST, DUP, FAIL */
        private final Map<String, String> failures = new LinkedHashMap<>();
        private final Set<String> lost = new LinkedHashSet<>();
        private final Set<String> dup = new LinkedHashSet<>();
        private int acked, rejected, unacked, refused, landed, indeterminate, resent, idempotentReplays;
        private final Map<String, Integer> unackedByKind = new TreeMap<>();
        private final Map<String, Integer> landedByKind = new TreeMap<>();
        private final Map<String, String> resends = new HashMap<>(); // JE ref → entry id recorded by a resend
        private int audits;

        Verifier(Api api, Path state, int cycle) {
            this.api = api;
            this.state = state;
            this.cycle = cycle;
        }

        void run() throws Exception {
            for (int c = 0; c <= cycle; c++) {
                Path log = state.resolve("ops-" + c + ".log");
                if (Files.exists(log)) {
                    ops.addAll(OpLog.read(log));
                }
                Path resend = state.resolve("resend-" + c + ".log");
                if (c < cycle && Files.exists(resend)) {
                    for (Op r : OpLog.read(resend)) {
                        resends.put(r.f("ref"), r.f("entryId"));
                    }
                }
            }
            Files.deleteIfExists(state.resolve("resend-" + cycle + ".log"));
            for (Op op : ops) {
                if (op.cycle != cycle) {
                    continue;
                }
                switch (op.status) {
                    case "ACK" -> acked++;
                    case "REJ" -> rejected++;
                    default -> {
                        unacked++;
                        unackedByKind.merge(op.kind, 1, Integer::sum);
                        if (op.f("refused") != null) {
                            refused++;
                        }
                    }
                }
            }
            long t0 = System.currentTimeMillis();
            guard("journal entries", this::journal);
            guard("finance verify", this::financeVerify);
            Map<String, Map<String, Object>> ledgers = new LinkedHashMap<>();
            guard("stock moves", () -> moves(ledgers));
            Map<Long, Map<String, Object>> shipments = new HashMap<>();
            guard("sales orders", () -> orders(ledgers, shipments));
            guard("invoices of shipments", () -> invoices(shipments));
            guard("partner updates", this::partners);
            long ms = System.currentTimeMillis() - t0;

            StringBuilder props = new StringBuilder();
            props.append("cycle=").append(cycle).append('\n').append("acked=").append(acked).append('\n')
                    .append("rejected=").append(rejected).append('\n').append("unacked=").append(unacked).append('\n')
                    .append("refused=").append(refused).append('\n').append("landed=").append(landed).append('\n')
                    .append("indeterminate=").append(indeterminate).append('\n').append("resent=").append(resent)
                    .append('\n').append("unackedByKind=").append(unackedByKind).append('\n')
                    .append("landedByKind=").append(landedByKind).append('\n').append("verifyMs=").append(ms)
                    .append('\n');
            Files.writeString(state.resolve("verify-" + cycle + ".properties"), props);
            StringBuilder lines = new StringBuilder();
            failures.forEach((k, v) -> lines.append(k).append('\t').append(v.replace('\n', ' ')).append('\n'));
            Files.writeString(state.resolve("failures-" + cycle + ".txt"), lines);
            System.out.printf("acked %d, rejected %d, unacked %d (refused %d) %s, landed %d %s, lost %d, dup %d, "
                    + "failures %d, %d audit lookups, verify %.1f s%n", acked, rejected, unacked, refused,
                    unackedByKind, landed, landedByKind, lost.size(), dup.size(), failures.size(), audits,
                    ms / 1000.0);
        }

        private interface Check {
            void run() throws Exception;
        }

        private void guard(String what, Check check) {
            try {
                check.run();
            } catch (Unreadable e) {
                fail("FAIL", "read " + what, e.getMessage());
            } catch (Exception e) {
                fail("FAIL", "check " + what, "the check broke: " + e);
                e.printStackTrace();
            }
        }

        private void fail(String category, String key, String message) {
            String k = category + "\t" + key;
            failures.putIfAbsent(k, message);
            if (category.equals("LOST")) {
                lost.add(key);
            } else if (category.equals("DUP")) {
                dup.add(key);
            }
        }

        private void landed(Op op) {
            if (op.cycle == cycle && !op.status.equals("ACK")) {
                landed++;
                landedByKind.merge(op.kind, 1, Integer::sum);
            }
        }

        private Object get(String path) throws Exception {
            Api.Resp r = api.send("GET", path, null);
            if (r.code != 200) {
                throw new Unreadable("GET " + path + " -> " + r.code + " " + r.body);
            }
            return r.json();
        }

        /** Every item of a paged list. */
        private List<Object> all(String path) throws Exception {
            List<Object> items = new ArrayList<>();
            String sep = path.contains("?") ? "&" : "?";
            int offset = 0;
            while (true) {
                Object page = get(path + sep + "offset=" + offset + "&limit=500");
                List<Object> got = Json.list(page, "items");
                items.addAll(got);
                long total = Json.num(page, "total").longValue();
                offset += got.size();
                if (got.isEmpty() || offset >= total) {
                    return items;
                }
            }
        }

        private int auditCount(String module, String entity, String id, String action) throws Exception {
            audits++;
            int n = 0;
            for (Object rec : all("/api/audit?module=" + module + "&entity=" + entity + "&entityId=" + id)) {
                if (action == null || action.equals(Json.str(rec, "action"))) {
                    n++;
                }
            }
            return n;
        }

        private static <K> Map<K, List<Object>> index(List<Object> items, Function<Object, K> key) {
            Map<K, List<Object>> map = new HashMap<>();
            for (Object item : items) {
                map.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
            }
            return map;
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a != null && b != null && a.compareTo(b) == 0;
        }

        // journal entries: each exactly once by reference; unacknowledged ones resent with their key

        private void journal() throws Exception {
            String path = "/api/finance/journal-entries?account=" + CASH;
            List<Op> je = ops.stream().filter(o -> o.kind.equals("JE")).toList();
            Map<String, List<Object>> byRef = index(all(path), e -> Json.str(e, "reference"));
            Map<String, Integer> before = new HashMap<>();
            List<Op> replays = new ArrayList<>();
            try (OpLog resendLog = new OpLog(state.resolve("resend-" + cycle + ".log"))) {
                for (Op op : je) {
                    if (op.cycle != cycle) {
                        continue;
                    }
                    if (op.status.equals("UNACK")) {
                        int n = byRef.getOrDefault(op.f("ref"), List.of()).size();
                        before.put(op.f("ref"), n);
                        Api.Resp r = api.send("POST", "/api/finance/journal-entries", op.f("body"),
                                "Idempotency-Key", op.f("key"));
                        resent++;
                        Map<String, String> f = new LinkedHashMap<>();
                        f.put("ref", op.f("ref"));
                        f.put("landedBefore", Integer.toString(n));
                        if (r.code / 100 == 2) {
                            f.put("entryId", Json.str(r.json(), "id"));
                            resends.put(op.f("ref"), Json.str(r.json(), "id"));
                        } else {
                            fail("FAIL", op.id + " JE resend", "resending unacknowledged entry " + op.f("ref")
                                    + " with Idempotency-Key " + op.f("key") + " -> " + r.code + " " + r.body);
                        }
                        resendLog.write(new Op(cycle, op.id, "RESEND", r.code / 100 == 2 ? "ACK" : "REJ", r.code,
                                f));
                    } else if (op.status.equals("ACK") && replays.size() < 5) {
                        replays.add(op);
                    }
                }
            }
            // the same key after the restart must answer the entry recorded before it
            for (Op op : replays) {
                Api.Resp r = api.send("POST", "/api/finance/journal-entries", op.f("body"), "Idempotency-Key",
                        op.f("key"));
                idempotentReplays++;
                if (r.code / 100 != 2 || !op.f("entryId").equals(Json.str(r.json(), "id"))) {
                    fail("DUP", op.id + " JE", "replaying acknowledged entry " + op.f("ref") + " (id "
                            + op.f("entryId") + ") with its Idempotency-Key " + op.f("key") + " after the restart -> "
                            + r.code + " " + r.body);
                }
            }
            if (resent > 0 || !replays.isEmpty()) {
                byRef = index(all(path), e -> Json.str(e, "reference"));
            }
            BigDecimal sum = BigDecimal.ZERO;
            Set<String> known = new HashSet<>();
            int auditSample = 0;
            for (Op op : je) {
                String ref = op.f("ref");
                known.add(ref);
                List<Object> found = byRef.getOrDefault(ref, List.of());
                if (found.size() > 1) {
                    fail("DUP", op.id + " JE", found.size() + " journal entries with reference " + ref + " (ids "
                            + found.stream().map(e -> Json.str(e, "id")).collect(Collectors.joining(",")) + "), "
                            + op.status + " request");
                    continue;
                }
                if (op.status.equals("REJ")) {
                    if (!found.isEmpty()) {
                        fail("FAIL", op.id + " JE", "refused entry " + ref + " (" + op.code + ") is there: id "
                                + Json.str(found.get(0), "id"));
                    }
                    continue;
                }
                String expectedId = op.status.equals("ACK") ? op.f("entryId") : resends.get(ref);
                if (found.isEmpty()) {
                    if (op.status.equals("ACK")) {
                        fail("LOST", op.id + " JE", "acknowledged entry " + ref + " (id " + expectedId
                                + ") is missing");
                    } else {
                        fail("FAIL", op.id + " JE", "unacknowledged entry " + ref + " resent with its key is not"
                                + " there");
                    }
                    continue;
                }
                Object e = found.get(0);
                String problem = entryProblem(e, op, expectedId);
                if (problem != null) {
                    fail(op.status.equals("ACK") ? "LOST" : "FAIL", op.id + " JE", "entry " + ref + " changed: "
                            + problem + ": " + Json.write(e));
                }
                sum = sum.add(new BigDecimal(op.f("amount")));
                if (op.cycle == cycle && op.status.equals("UNACK") && before.getOrDefault(ref, 0) == 1) {
                    landed(op);
                }
                if (op.cycle == cycle && op.status.equals("ACK") && auditSample < 50) {
                    auditSample++;
                    int n = auditCount("finance", "JournalEntry", Json.str(e, "id"), null);
                    if (n != 1) {
                        fail("FAIL", op.id + " JE audit", n + " audit records for journal entry "
                                + Json.str(e, "id") + " (" + ref + "), expected 1");
                    }
                }
            }
            for (Map.Entry<String, List<Object>> entry : byRef.entrySet()) {
                if (!known.contains(entry.getKey())) {
                    fail("FAIL", "JE " + entry.getKey(), "journal entry on " + CASH + " that no request made: "
                            + Json.write(entry.getValue().get(0)));
                }
            }
            Object balance = get("/api/finance/reports/account-balance?account=" + CASH + "&asOf=" + today());
            BigDecimal b = Json.num(balance, "balance");
            if (b == null || b.abs().compareTo(sum) != 0) {
                fail("FAIL", "balance " + CASH, "account " + CASH + " balance " + b + " but its entries add up to "
                        + sum);
            }
        }

        private static String entryProblem(Object e, Op op, String expectedId) {
            if (expectedId != null && !expectedId.equals(Json.str(e, "id"))) {
                return "id " + Json.str(e, "id") + ", answered " + expectedId;
            }
            if (!"POSTED".equals(Json.str(e, "status"))) {
                return "status " + Json.str(e, "status");
            }
            if (!today().equals(Json.str(e, "date")) && !op.f("body").contains("\"date\":\"" + Json.str(e, "date"))) {
                return "date " + Json.str(e, "date");
            }
            BigDecimal amount = new BigDecimal(op.f("amount"));
            List<Object> lines = Json.list(e, "lines");
            if (lines.size() != 2) {
                return lines.size() + " lines";
            }
            for (Object line : lines) {
                String account = Json.str(line, "account");
                BigDecimal v = account.equals(CASH) ? Json.num(line, "debit") : Json.num(line, "credit");
                if (!(account.equals(CASH) || account.equals(REVENUE)) || !same(v, amount)) {
                    return "line " + Json.write(line) + " for amount " + amount;
                }
            }
            return null;
        }

        private void financeVerify() throws Exception {
            Object check = get("/api/finance/verify");
            if (!Boolean.TRUE.equals(Json.get(check, "consistent"))) {
                fail("FAIL", "finance verify", "GET /api/finance/verify is not consistent: " + Json.write(check));
            }
        }

        // stock moves: each exactly once by reference in its product's ledger; stock = ledger

        private Map<String, List<Object>> movesByRef;
        private Map<String, BigDecimal> stockReserved = new HashMap<>();

        private void moves(Map<String, Map<String, Object>> ledgers) throws Exception {
            movesByRef = new HashMap<>();
            for (String sku : SKUS) {
                @SuppressWarnings("unchecked")
                Map<String, Object> ledger = (Map<String, Object>) get("/api/logistics/products/" + sku
                        + "/ledger?warehouse=" + WAREHOUSE);
                ledgers.put(sku, ledger);
                BigDecimal running = BigDecimal.ZERO;
                for (Object line : Json.list(ledger, "lines")) {
                    running = running.add(Json.num(line, "change"));
                    if (!same(running, Json.num(line, "balance"))) {
                        fail("FAIL", "ledger " + sku + " move " + Json.str(line, "moveId"), "running balance "
                                + Json.num(line, "balance") + " but the changes add up to " + running);
                    }
                    Map<String, Object> withSku = new HashMap<>(Json.map(line));
                    withSku.put("sku", sku);
                    movesByRef.computeIfAbsent(String.valueOf(Json.str(line, "reference")), k -> new ArrayList<>())
                            .add(withSku);
                }
                if (!same(running, Json.num(ledger, "onHand"))) {
                    fail("FAIL", "ledger " + sku, "ledger onHand " + Json.num(ledger, "onHand")
                            + " but its moves add up to " + running);
                }
                Object stock = get("/api/logistics/stock?sku=" + sku + "&warehouse=" + WAREHOUSE);
                BigDecimal onHand = BigDecimal.ZERO, reserved = BigDecimal.ZERO, levels = BigDecimal.ZERO;
                for (Object total : Json.list(stock, "warehouses")) {
                    if (sku.equals(Json.str(total, "sku")) && WAREHOUSE.equals(Json.str(total, "warehouse"))) {
                        onHand = Json.num(total, "onHand");
                        reserved = Json.num(total, "reserved");
                    }
                }
                for (Object level : all("/api/logistics/stock?sku=" + sku + "&warehouse=" + WAREHOUSE)) {
                    levels = levels.add(Json.num(level, "onHand"));
                    if (Json.num(level, "reserved").compareTo(Json.num(level, "onHand")) > 0
                            || Json.num(level, "onHand").signum() < 0) {
                        fail("FAIL", "stock " + sku + " " + Json.str(level, "location"), "stock level "
                                + Json.write(level));
                    }
                }
                stockReserved.put(sku, reserved);
                if (!same(onHand, running) || !same(levels, running)) {
                    fail("FAIL", "stock " + sku, "stock of " + sku + " in " + WAREHOUSE + ": onHand " + onHand
                            + " (locations add up to " + levels + ") but its ledger adds up to " + running);
                }
            }
            Set<String> known = new HashSet<>();
            for (Op op : ops) {
                if (!op.kind.equals("MOVE")) {
                    continue;
                }
                String ref = op.f("ref");
                known.add(ref);
                List<Object> found = movesByRef.getOrDefault(ref, List.of());
                if (found.size() > 1) {
                    fail("DUP", op.id + " MOVE", found.size() + " stock moves with reference " + ref + " ("
                            + op.status + " request): " + found.stream().map(Json::write)
                                    .collect(Collectors.joining(", ")));
                    continue;
                }
                if (found.isEmpty()) {
                    if (op.status.equals("ACK")) {
                        fail("LOST", op.id + " MOVE", "acknowledged " + op.f("type") + " " + op.f("qty") + " "
                                + op.f("sku") + " " + ref + " (move " + op.f("moveId") + ") is not in the ledger");
                    }
                    continue;
                }
                Object m = found.get(0);
                if (op.status.equals("REJ")) {
                    fail("FAIL", op.id + " MOVE", "refused move " + ref + " (" + op.code + ") is in the ledger: "
                            + Json.write(m));
                    continue;
                }
                BigDecimal change = Json.num(m, "change");
                BigDecimal expected = new BigDecimal(op.f("qty"));
                if (op.f("type").equals("ISSUE")) {
                    expected = expected.negate();
                }
                boolean changed = !op.f("sku").equals(Json.str(m, "sku")) || !op.f("type").equals(Json.str(m, "type"))
                        || !same(change, expected)
                        || (op.f("moveId") != null && !op.f("moveId").equals(Json.str(m, "moveId")));
                if (changed) {
                    fail(op.status.equals("ACK") ? "LOST" : "FAIL", op.id + " MOVE", "move " + ref + " changed: "
                            + "sent " + op.f("type") + " " + op.f("qty") + " " + op.f("sku") + " (answered move "
                            + op.f("moveId") + "), stored " + Json.write(m));
                }
                if (!op.status.equals("ACK")) {
                    landed(op);
                }
                if (op.cycle == cycle) {
                    String id = Json.str(m, "moveId");
                    int n = auditCount("logistics", "StockMove", id, null);
                    if (n != 1) {
                        fail("FAIL", op.id + " MOVE audit", n + " audit records for stock move " + id + " (" + ref
                                + "), expected 1");
                    }
                }
            }
            for (Map.Entry<String, List<Object>> e : movesByRef.entrySet()) {
                String ref = e.getKey();
                if (!known.contains(ref) && !ref.startsWith("SH-")) {
                    fail("FAIL", "MOVE " + ref, "ledger lines no request made: " + e.getValue().stream()
                            .map(Json::write).collect(Collectors.joining(", ")));
                }
            }
        }

        // sales orders: each flow's steps either there once or (unacknowledged) absent, never twice

        private static final List<String> OPEN = List.of("CONFIRMED", "PICKING", "PARTIALLY_SHIPPED");

        private void orders(Map<String, Map<String, Object>> ledgers, Map<Long, Map<String, Object>> dispatched)
                throws Exception {
            List<Object> orders = all("/api/logistics/sales-orders?customer=" + CUSTOMER);
            Map<Long, List<Object>> byTag = index(orders, o -> Json.num(Json.list(o, "lines").get(0), "unitPrice")
                    .movePointRight(2).longValue());
            Map<Long, List<Object>> picksByOrder = new HashMap<>();
            for (Object pick : all("/api/logistics/pick-lists")) {
                for (Object order : Json.list(pick, "orders")) {
                    picksByOrder.computeIfAbsent(((BigDecimal) order).longValue(), k -> new ArrayList<>()).add(pick);
                }
            }
            List<Object> shipments = all("/api/logistics/shipments?carrier=" + CARRIER);
            Map<Long, List<Object>> shipsByOrder = index(shipments, s -> Json.num(s, "orderId").longValue());
            for (Object s : shipments) {
                if ("DISPATCHED".equals(Json.str(s, "status"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) s;
                    dispatched.put(Json.num(s, "id").longValue(), m);
                }
            }
            Map<String, List<Op>> steps = new HashMap<>();
            for (Op op : ops) {
                if (op.f("flow") != null && !op.kind.equals("SO_CREATE")) {
                    steps.computeIfAbsent(op.f("flow"), k -> new ArrayList<>()).add(op);
                }
            }
            Set<Long> tags = new HashSet<>();
            Map<String, BigDecimal> openReserved = new HashMap<>();
            for (Op create : ops) {
                if (!create.kind.equals("SO_CREATE")) {
                    continue;
                }
                long tag = Long.parseLong(create.f("tag"));
                tags.add(tag);
                List<Object> found = byTag.getOrDefault(tag, List.of());
                String what = "order " + create.id + " (price tag " + BigDecimal.valueOf(tag, 2) + ")";
                if (found.size() > 1) {
                    fail("DUP", create.id + " SO_CREATE", found.size() + " sales orders for " + what + ": "
                            + found.stream().map(o -> Json.str(o, "number")).collect(Collectors.joining(", ")));
                    continue;
                }
                if (found.isEmpty()) {
                    if (create.status.equals("ACK")) {
                        fail("LOST", create.id + " SO_CREATE", "acknowledged " + what + " "
                                + create.f("number") + " (id " + create.f("orderId") + ") is missing");
                    }
                    continue;
                }
                Object order = found.get(0);
                if (create.status.equals("REJ")) {
                    fail("FAIL", create.id + " SO_CREATE", "refused " + what + " exists: " + Json.str(order,
                            "number"));
                    continue;
                }
                if (!create.status.equals("ACK")) {
                    landed(create);
                }
                String linesNow = Json.list(order, "lines").stream().map(l -> Json.str(l, "sku") + ":"
                        + Json.num(l, "quantity").stripTrailingZeros().toPlainString()).collect(Collectors.joining(","));
                if ((create.f("orderId") != null && !create.f("orderId").equals(Json.str(order, "id")))
                        || !linesNow.equals(create.f("lines"))) {
                    fail(create.status.equals("ACK") ? "LOST" : "FAIL", create.id + " SO_CREATE", what
                            + " changed: sent lines " + create.f("lines") + " (answered id " + create.f("orderId")
                            + "), stored id " + Json.str(order, "id") + " lines " + linesNow);
                }
                long id = Json.num(order, "id").longValue();
                checkFlow(create, order, steps.getOrDefault(create.id, List.of()),
                        picksByOrder.getOrDefault(id, List.of()), shipsByOrder.getOrDefault(id, List.of()));
                if (OPEN.contains(Json.str(order, "status"))) {
                    for (Object line : Json.list(order, "lines")) {
                        openReserved.merge(Json.str(line, "sku"), Json.num(line, "reserved"), BigDecimal::add);
                    }
                }
            }
            for (Object o : orders) {
                long tag = Json.num(Json.list(o, "lines").get(0), "unitPrice").movePointRight(2).longValue();
                if (!tags.contains(tag)) {
                    fail("FAIL", "SO " + Json.str(o, "number"), "sales order no request made: " + Json.write(o));
                }
            }
            for (String sku : SKUS) {
                BigDecimal expected = openReserved.getOrDefault(sku, BigDecimal.ZERO);
                BigDecimal reserved = stockReserved.get(sku);
                if (reserved != null && !same(reserved, expected)) {
                    fail("FAIL", "reserved " + sku, "stock reserved of " + sku + " is " + reserved
                            + " but the open orders reserve " + expected);
                }
            }
            // every dispatched shipment issued its lines exactly once, nothing else did
            for (Object s : shipments) {
                String number = Json.str(s, "number");
                List<Object> issues = movesByRef == null ? List.of() : movesByRef.getOrDefault(number, List.of());
                boolean isDispatched = "DISPATCHED".equals(Json.str(s, "status"));
                int expected = isDispatched ? Json.list(s, "lines").size() : 0;
                if (issues.size() != expected) {
                    fail(issues.size() > expected ? "DUP" : "LOST", "shipment " + number + " issues",
                            "shipment " + number + " (" + Json.str(s, "status") + ", " + expected + " lines) has "
                                    + issues.size() + " ISSUE moves: " + issues.stream().map(Json::write)
                                            .collect(Collectors.joining(", ")));
                }
            }
        }

        private void checkFlow(Op create, Object order, List<Op> steps, List<Object> picks, List<Object> ships)
                throws Exception {
            String number = Json.str(order, "number");
            String status = Json.str(order, "status");
            String expectedStatus = "DRAFT";
            boolean confirmLanded = false;
            boolean dispatchLanded = false;
            if (picks.size() > 1) {
                fail("DUP", create.id + " PICK", picks.size() + " pick lists for " + number + ": " + picks.stream()
                        .map(p -> Json.str(p, "number")).collect(Collectors.joining(", ")));
            }
            if (ships.size() > 1) {
                fail("DUP", create.id + " SHIP", ships.size() + " shipments for " + number + ": " + ships.stream()
                        .map(p -> Json.str(p, "number")).collect(Collectors.joining(", ")));
            }
            for (Op step : steps) {
                Boolean there;
                String detail;
                switch (step.kind) {
                    case "SO_CONFIRM" -> {
                        there = !status.equals("DRAFT");
                        detail = "order " + number + " is " + status;
                    }
                    case "SO_RESERVE" -> {
                        there = null; // nothing was backordered: reserving again changes nothing to be seen
                        detail = "";
                    }
                    case "PICK" -> {
                        there = !picks.isEmpty();
                        detail = picks.size() + " pick lists for " + number;
                        if (step.status.equals("ACK") && there && !step.f("pickId").equals(Json.str(picks.get(0),
                                "id"))) {
                            fail("LOST", step.id + " PICK", "pick list " + step.f("pickId") + " of " + number
                                    + " answered, stored " + Json.str(picks.get(0), "id"));
                        }
                    }
                    case "PICK_CONFIRM" -> {
                        Object line = null;
                        for (Object p : picks) {
                            for (Object l : Json.list(p, "lines")) {
                                if (step.f("line").equals(Json.str(l, "id"))) {
                                    line = l;
                                }
                            }
                        }
                        BigDecimal picked = line == null ? null : Json.num(line, "picked");
                        there = picked != null;
                        detail = "pick line " + step.f("line") + " of " + number + ": " + (line == null ? "missing"
                                : Json.write(line));
                        if (there && !same(picked, new BigDecimal(step.f("qty")))) {
                            fail(step.status.equals("ACK") ? "LOST" : "FAIL", step.id + " PICK_CONFIRM",
                                    "confirmed " + step.f("qty") + " " + detail);
                        }
                    }
                    case "SHIP" -> {
                        there = !ships.isEmpty();
                        detail = ships.size() + " shipments for " + number;
                        if (there && (!step.f("tracking").equals(Json.str(ships.get(0), "trackingNumber"))
                                || (step.f("shipmentId") != null && !step.f("shipmentId").equals(Json.str(ships
                                        .get(0), "id"))))) {
                            fail(step.status.equals("ACK") ? "LOST" : "FAIL", step.id + " SHIP", "shipment of "
                                    + number + " changed: " + Json.write(ships.get(0)) + ", sent tracking "
                                    + step.f("tracking") + ", answered id " + step.f("shipmentId"));
                        }
                    }
                    case "DISPATCH" -> {
                        Object ship = ships.isEmpty() ? null : ships.get(0);
                        there = ship != null && "DISPATCHED".equals(Json.str(ship, "status"));
                        detail = "shipment " + step.f("number") + " of " + number + " is "
                                + (ship == null ? "missing" : Json.str(ship, "status"));
                    }
                    default -> throw new IllegalStateException("unknown step " + step.kind);
                }
                if (there == null) {
                    if (!step.status.equals("ACK") && step.cycle == cycle) {
                        indeterminate++;
                    }
                    continue;
                }
                if (step.status.equals("ACK") && !there) {
                    fail("LOST", step.id + " " + step.kind, "acknowledged " + step.kind + " of " + number
                            + " is not there: " + detail);
                } else if (step.status.equals("REJ") && there) {
                    fail("FAIL", step.id + " " + step.kind, "refused (" + step.code + ") " + step.kind + " of "
                            + number + " is there: " + detail);
                } else if (step.status.equals("UNACK") && there) {
                    landed(step);
                }
                if (there) {
                    switch (step.kind) {
                        case "SO_CONFIRM" -> {
                            expectedStatus = "CONFIRMED";
                            confirmLanded = true;
                        }
                        case "PICK" -> expectedStatus = "PICKING";
                        case "DISPATCH" -> {
                            expectedStatus = "SHIPPED";
                            dispatchLanded = true;
                        }
                        default -> {
                        }
                    }
                }
            }
            boolean statusOk = status.equals(expectedStatus)
                    || (expectedStatus.equals("SHIPPED") && status.equals("PARTIALLY_SHIPPED"));
            if (!statusOk) {
                fail("FAIL", create.id + " status", "order " + number + " is " + status + " but its requests"
                        + " that landed leave it " + expectedStatus + ": " + Json.write(order));
            }
            for (Object line : Json.list(order, "lines")) {
                BigDecimal q = Json.num(line, "quantity");
                BigDecimal sum = Json.num(line, "reserved").add(Json.num(line, "backordered"))
                        .add(Json.num(line, "shipped"));
                boolean ok = status.equals("DRAFT") ? Json.num(line, "reserved").signum() == 0 && Json.num(line,
                        "shipped").signum() == 0 : same(sum, q);
                if (ok && Json.num(line, "picked").compareTo(Json.num(line, "reserved")) > 0) {
                    ok = false;
                }
                if (!ok) {
                    fail("DUP", create.id + " line " + Json.str(line, "lineNo"), "order " + number + " ("
                            + status + ") line " + Json.write(line) + ": reserved + backordered + shipped must be"
                            + " the quantity, picked at most reserved");
                }
            }
            if (create.cycle == cycle) {
                String id = Json.str(order, "id");
                int creates = auditCount("logistics", "SalesOrder", id, "CREATE");
                int confirms = auditCount("logistics", "SalesOrder", id, "CONFIRM");
                if (creates != 1 || confirms != (confirmLanded ? 1 : 0)) {
                    fail("FAIL", create.id + " SO audit", "order " + number + " has " + creates + " CREATE and "
                            + confirms + " CONFIRM audit records, expected 1 and " + (confirmLanded ? 1 : 0));
                }
                if (!ships.isEmpty()) {
                    String sid = Json.str(ships.get(0), "id");
                    int dispatches = auditCount("logistics", "Shipment", sid, "DISPATCH");
                    if (dispatches != (dispatchLanded ? 1 : 0)) {
                        fail("FAIL", create.id + " SHIP audit", "shipment " + Json.str(ships.get(0), "number")
                                + " has " + dispatches + " DISPATCH audit records, expected "
                                + (dispatchLanded ? 1 : 0));
                    }
                }
            }
        }

        // the bridge: one invoice per dispatched shipment, once it has caught up

        private void invoices(Map<Long, Map<String, Object>> dispatched) throws Exception {
            long deadline = System.currentTimeMillis() + 180_000;
            String lastState = "";
            while (true) {
                Object invoicer = null;
                for (Object s : (List<?>) get("/api/events/subscriptions")) {
                    if (INVOICER.equals(Json.str(s, "subscriberId"))) {
                        invoicer = s;
                    }
                }
                if (invoicer == null) {
                    lastState = "no subscriber " + INVOICER;
                } else {
                    long position = Json.num(invoicer, "position").longValue();
                    Object later = get("/api/events?topic=" + DISPATCHED + "&after=" + position + "&limit=1");
                    long behind = Json.num(later, "total").longValue();
                    if (behind == 0) {
                        break;
                    }
                    lastState = behind + " dispatches after its position " + position + ", subscription "
                            + Json.write(invoicer);
                }
                if (System.currentTimeMillis() > deadline) {
                    fail("FAIL", "bridge catch-up", "the invoicing bridge did not catch up within 180 s: "
                            + lastState);
                    return;
                }
                Thread.sleep(500);
            }
            Map<String, List<Object>> byRef = index(all("/api/finance/invoices?customer=" + CUSTOMER),
                    i -> Json.str(i, "reference"));
            Set<String> numbers = new HashSet<>();
            for (Map<String, Object> s : dispatched.values()) {
                String number = Json.str(s, "number");
                numbers.add(number);
                List<Object> inv = byRef.getOrDefault(number, List.of());
                if (inv.size() != 1) {
                    fail(inv.size() > 1 ? "DUP" : "LOST", "invoice of " + number, "dispatched shipment " + number
                            + " has " + inv.size() + " invoices: " + inv.stream().map(i -> Json.str(i, "number")
                                    + "/" + Json.str(i, "status")).collect(Collectors.joining(", ")));
                    continue;
                }
                Object i = inv.get(0);
                if (!"POSTED".equals(Json.str(i, "status")) || !same(Json.num(i, "net"), Json.num(s, "total"))) {
                    fail("FAIL", "invoice of " + number, "invoice " + Json.write(i) + " of shipment " + number
                            + " (total " + Json.num(s, "total") + ") is not POSTED with that net");
                }
            }
            for (Map.Entry<String, List<Object>> e : byRef.entrySet()) {
                if (!numbers.contains(e.getKey())) {
                    fail("FAIL", "invoice " + e.getKey(), "invoice of " + CUSTOMER + " for no dispatched shipment: "
                            + Json.write(e.getValue().get(0)));
                }
            }
        }

        // partner updates: each landed update has exactly one audit record; the partner holds the last one

        private void partners() throws Exception {
            Map<String, List<Op>> byPartner = new TreeMap<>();
            for (Op op : ops) {
                if (op.kind.equals("PUPD")) {
                    byPartner.computeIfAbsent(op.f("partner"), k -> new ArrayList<>()).add(op);
                }
            }
            for (Map.Entry<String, List<Op>> e : byPartner.entrySet()) {
                String code = e.getKey();
                Object partner = get("/api/partners/" + code);
                List<Object> records = all("/api/audit?module=partners&entity=Partner&entityId=" + code);
                audits++;
                Map<String, Integer> updates = new HashMap<>();
                int updateRecords = 0;
                for (Object rec : records) {
                    if (!"UPDATE".equals(Json.str(rec, "action"))) {
                        continue;
                    }
                    updateRecords++;
                    for (Object change : Json.list(rec, "changes")) {
                        if ("notes".equals(Json.str(change, "field"))) {
                            updates.merge(String.valueOf(Json.str(change, "newValue")), 1, Integer::sum);
                        }
                    }
                }
                Op last = null;
                long expectedVersion = -1;
                int landedUpdates = 0;
                for (Op op : e.getValue()) {
                    int n = updates.getOrDefault(op.f("notes"), 0);
                    if (n > 1) {
                        fail("DUP", op.id + " PUPD", n + " audit records of update '" + op.f("notes") + "' of "
                                + code + " (" + op.status + " request)");
                    }
                    switch (op.status) {
                        case "ACK" -> {
                            if (n == 0) {
                                fail("LOST", op.id + " PUPD", "acknowledged update '" + op.f("notes") + "' of "
                                        + code + " (version " + op.f("newVersion") + ") has no audit record");
                            }
                            last = op;
                            expectedVersion = Long.parseLong(op.f("newVersion"));
                            landedUpdates++;
                        }
                        case "UNACK" -> {
                            if (n >= 1) {
                                landed(op);
                                last = op;
                                expectedVersion = Long.parseLong(op.f("version")) + 1;
                                landedUpdates++;
                            }
                        }
                        default -> {
                            if (n >= 1) {
                                fail("FAIL", op.id + " PUPD", "refused (" + op.code + ") update '" + op.f("notes")
                                        + "' of " + code + " has an audit record");
                            }
                        }
                    }
                }
                if (updateRecords != landedUpdates) {
                    fail("FAIL", "audit " + code, code + " has " + updateRecords + " UPDATE audit records for "
                            + landedUpdates + " updates that landed");
                }
                if (last != null) {
                    boolean ok = last.f("notes").equals(Json.str(partner, "notes"))
                            && Json.num(partner, "version").longValue() == expectedVersion
                            && Json.str(partner, "name").startsWith("Crash updater ");
                    if (!ok) {
                        fail(last.status.equals("ACK") ? "LOST" : "FAIL", last.id + " PUPD state", code
                                + " should hold the last update that landed, '" + last.f("notes") + "' at version "
                                + expectedVersion + ": " + Json.write(partner));
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- summary

    static void summary(Path state) throws Exception {
        List<Map<String, String>> cycles = new ArrayList<>();
        Map<String, String> firstSeen = new LinkedHashMap<>();
        Map<String, Integer> seenCount = new HashMap<>();
        for (int c = 1; ; c++) {
            Path p = state.resolve("verify-" + c + ".properties");
            if (!Files.exists(p)) {
                break;
            }
            Map<String, String> props = new HashMap<>();
            for (String line : Files.readAllLines(p)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    props.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            cycles.add(props);
            Path f = state.resolve("failures-" + c + ".txt");
            if (Files.exists(f)) {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] parts = line.split("\t", 3);
                    String key = parts[0] + "\t" + parts[1];
                    if (!firstSeen.containsKey(key)) {
                        firstSeen.put(key, "cycle " + c + "]: " + (parts.length > 2 ? parts[2] : ""));
                    }
                    seenCount.merge(key, 1, Integer::sum);
                }
            }
        }
        long acked = sum(cycles, "acked"), rejected = sum(cycles, "rejected"), unacked = sum(cycles, "unacked");
        long refused = sum(cycles, "refused"), landed = sum(cycles, "landed");
        long indeterminate = sum(cycles, "indeterminate"), resent = sum(cycles, "resent");
        long lostCount = firstSeen.keySet().stream().filter(k -> k.startsWith("LOST\t")).count();
        long dupCount = firstSeen.keySet().stream().filter(k -> k.startsWith("DUP\t")).count();
        long other = firstSeen.size() - lostCount - dupCount;
        List<Long> restarts = new ArrayList<>();
        Path r = state.resolve("restart-ms.txt");
        if (Files.exists(r)) {
            for (String line : Files.readAllLines(r)) {
                if (!line.isBlank()) {
                    restarts.add(Long.parseLong(line.trim()));
                }
            }
        }
        Collections.sort(restarts);
        Map<String, Integer> unackedKinds = new TreeMap<>(), landedKinds = new TreeMap<>();
        for (Map<String, String> c : cycles) {
            mergeKinds(unackedKinds, c.get("unackedByKind"));
            mergeKinds(landedKinds, c.get("landedByKind"));
        }
        System.out.println("================ crash-bench summary ================");
        System.out.println("cycles verified:        " + cycles.size());
        System.out.println("writes acknowledged:    " + acked + " (plus " + rejected + " refused with a 4xx/5xx"
                + " answer, which must change nothing)");
        System.out.println("lost:                   " + lostCount + " (acknowledged, then missing or changed)");
        System.out.println("duplicated:             " + dupCount);
        System.out.println("unacknowledged:         " + unacked + " " + unackedKinds + ": " + (unacked - refused)
                + " in flight at the kill, " + refused + " refused at connect after it");
        System.out.println("  of those landed:      " + landed + " " + landedKinds + "; " + resent
                + " journal entries resent with their Idempotency-Key; " + indeterminate
                + " reserve steps with nothing to reserve (no visible effect either way)");
        if (restarts.isEmpty()) {
            System.out.println("restart-to-200:         none measured");
        } else {
            System.out.printf("restart-to-200:         min %.1f s, median %.1f s, max %.1f s (%d restarts)%n",
                    restarts.get(0) / 1000.0, median(restarts) / 1000.0, restarts.get(restarts.size() - 1) / 1000.0,
                    restarts.size());
        }
        Map<String, Integer> refusals = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (int c = 1; c <= cycles.size(); c++) {
            Path log = state.resolve("ops-" + c + ".log");
            if (!Files.exists(log)) {
                continue;
            }
            for (Op op : OpLog.read(log)) {
                if (op.status().equals("REJ")) {
                    refusals.merge(op.kind() + " " + op.code(), 1, Integer::sum);
                    if (op.code() >= 500) {
                        String detail = String.valueOf(Json.str(Json.parse(op.f("response")), "detail"));
                        int at = detail.indexOf("reference ");
                        serverErrors.add(op.id() + " " + op.kind() + " " + op.code() + " ("
                                + (at < 0 ? detail : detail.substring(at, Math.min(detail.length(), at + 46))) + ")");
                    }
                }
            }
        }
        if (!refusals.isEmpty()) {
            System.out.println("refused during the load: " + refusals);
        }
        if (!serverErrors.isEmpty()) {
            System.out.println("SERVER ERRORS: " + serverErrors.size() + " requests answered 5xx under load (the"
                    + " verification checked that none of them wrote anything; grep the references in"
                    + " data/log/karaf.log):");
            serverErrors.forEach(e -> System.out.println("  " + e));
        }
        if (firstSeen.isEmpty()) {
            System.out.println("verification failures:  none");
        } else {
            System.out.println("FAILURES: " + firstSeen.size() + " distinct (" + lostCount + " lost, " + dupCount
                    + " duplicated, " + other + " other)");
            firstSeen.forEach((k, v) -> System.out.println("  FAILURE " + k.replace('\t', ' ') + " [seen in "
                    + seenCount.get(k) + " verification(s), first in " + v));
        }
    }

    private static void mergeKinds(Map<String, Integer> into, String text) {
        if (text == null || text.length() < 2) {
            return;
        }
        for (String part : text.substring(1, text.length() - 1).split(", ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                into.merge(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)), Integer::sum);
            }
        }
    }

    private static long sum(List<Map<String, String>> cycles, String key) {
        return cycles.stream().mapToLong(c -> Long.parseLong(c.getOrDefault(key, "0"))).sum();
    }

    private static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    // ----------------------------------------------------------------------------------------------- op log

    /** One request as logged: cycle, id, kind, ACK/REJ/UNACK, HTTP status (0 without one), fields. */
    record Op(int cycle, String id, String kind, String status, int code, Map<String, String> fields) {
        String f(String name) {
            return fields.get(name);
        }

        String line() {
            StringBuilder b = new StringBuilder().append(cycle).append('\t').append(id).append('\t').append(kind)
                    .append('\t').append(status).append('\t').append(code);
            fields.forEach((k, v) -> b.append('\t').append(k).append('=')
                    .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8)));
            return b.toString();
        }

        static Op parse(String line) {
            String[] p = line.split("\t");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 5; i < p.length; i++) {
                int eq = p[i].indexOf('=');
                fields.put(p[i].substring(0, eq), URLDecoder.decode(p[i].substring(eq + 1), StandardCharsets.UTF_8));
            }
            return new Op(Integer.parseInt(p[0]), p[1], p[2], p[3], Integer.parseInt(p[4]), fields);
        }
    }

    static final class OpLog implements AutoCloseable {
        private final PrintWriter out;

        OpLog(Path path) throws IOException {
            out = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND));
        }

        synchronized void write(Op op) {
            out.println(op.line());
            out.flush();
        }

        static List<Op> read(Path path) throws IOException {
            try (Stream<String> lines = Files.lines(path)) {
                return lines.filter(l -> !l.isBlank()).map(Op::parse).collect(Collectors.toList());
            }
        }

        @Override
        public void close() {
            out.close();
        }
    }

    // -------------------------------------------------------------------------------------------------------- http

    static final class Api {
        final String base;
        final String user;
        final String password;
        final String auth;
        final HttpClient client;

        Api(String base, String user, String password) {
            this.base = base;
            this.user = user;
            this.password = password;
            this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        /** Its own client and connections, for one load thread. */
        Api copy() {
            return new Api(base, user, password);
        }

        record Resp(int code, String body) {
            Object json() {
                return Json.parse(body);
            }
        }

        Resp send(String method, String path, String body, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", auth).header("Accept", "application/json");
            if (!method.equals("GET")) {
                b.header("Content-Type", "application/json");
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r.body());
        }

        /** For setup: the status must be one of {@code ok}. */
        Resp expect(String method, String path, String body, int... ok) throws Exception {
            Resp r = send(method, path, body);
            for (int code : ok) {
                if (r.code == code) {
                    return r;
                }
            }
            throw new IllegalStateException(method + " " + path + " -> " + r.code + " " + r.body);
        }
    }

    // -------------------------------------------------------------------------------------------------------- json

    /** Just enough JSON: objects as LinkedHashMap, arrays as ArrayList, numbers as BigDecimal. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            p.ws();
            Object v = p.value();
            p.ws();
            if (p.i != text.length()) {
                throw new IllegalArgumentException("trailing characters at " + p.i + ": " + abbreviate(text));
            }
            return v;
        }

        private static String abbreviate(String text) {
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end of JSON: " + abbreviate(s));
            }
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        expect('}');
                        return m;
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        expect(']');
                        return l;
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    literal("true");
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    literal("false");
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    literal("null");
                    return null;
                }
                default -> {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (start == i) {
                        throw new IllegalArgumentException("unexpected '" + c + "' at " + i + ": " + abbreviate(s));
                    }
                    return new BigDecimal(s.substring(start, i));
                }
            }
        }

        private void literal(String word) {
            if (!s.startsWith(word, i)) {
                throw new IllegalArgumentException("expected " + word + " at " + i);
            }
            i += word.length();
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i + ": " + abbreviate(s));
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        static Object get(Object node, String key) {
            return node instanceof Map<?, ?> m ? m.get(key) : null;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object node) {
            return (Map<String, Object>) node;
        }

        /** A scalar as text (numbers in plain notation); null when absent. */
        static String str(Object node, String key) {
            Object v = get(node, key);
            return v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        }

        static BigDecimal num(Object node, String key) {
            Object v = get(node, key);
            return v instanceof BigDecimal d ? d : null;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object node, String key) {
            Object v = get(node, key);
            return v instanceof List<?> l ? (List<Object>) l : List.of();
        }

        static String write(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof String str) {
                StringBuilder b = new StringBuilder("\"");
                for (char c : str.toCharArray()) {
                    switch (c) {
                        case '"' -> b.append("\\\"");
                        case '\\' -> b.append("\\\\");
                        case '\n' -> b.append("\\n");
                        default -> b.append(c);
                    }
                }
                return b.append('"').toString();
            }
            if (v instanceof BigDecimal d) {
                return d.toPlainString();
            }
            if (v instanceof Map<?, ?> m) {
                return m.entrySet().stream().map(e -> write(String.valueOf(e.getKey())) + ":" + write(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            }
            if (v instanceof List<?> l) {
                return l.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
            }
            return v.toString();
        }
    }
}
