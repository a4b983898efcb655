package org.backoffice.itests;

import static org.backoffice.itests.Replies.assertField;
import static org.backoffice.itests.Replies.assertProblem;
import static org.backoffice.itests.Replies.created;
import static org.backoffice.itests.Replies.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.inject.Inject;

import org.backoffice.platform.api.jobs.JobRun;
import org.backoffice.platform.api.jobs.JobService;
import org.backoffice.platform.api.jobs.ScheduledJob;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Upkeep and security on one server with {@code backoffice-admin}: scheduled jobs (a schedule firing, two schedulers
 * racing for one slot, a failure retried, run now), API keys (scoped roles, expiry, revocation), lockout by user and
 * by address and unlocking, the access log, security headers, admin health, and backups (under load, verified, a
 * corrupted one caught, download, the scheduled backup with its retention), through REST and the shell.
 */
public class AdminIT extends BackofficeTestSupport {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    @Inject
    @Filter(timeout = 60_000)
    protected JobService jobs;

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = new ArrayList<>(List.of(configurationWith("backoffice-admin")));
        options.add(editConfigurationFilePut("etc/org.backoffice.jobs.cfg", "retryDelaySeconds", "2"));
        options.add(editConfigurationFilePut("etc/org.backoffice.jobs.cfg", "maxRetries", "3"));
        options.add(editConfigurationFilePut("etc/org.backoffice.security.cfg", "userFailures", "3"));
        options.add(editConfigurationFilePut("etc/org.backoffice.security.cfg", "addressFailures", "12"));
        options.add(editConfigurationFilePut("etc/org.backoffice.security.cfg", "windowSeconds", "120"));
        options.add(editConfigurationFilePut("etc/org.backoffice.backup.cfg", "schedule", ""));
        options.add(editConfigurationFilePut("etc/org.backoffice.backup.cfg", "keepDaily", "1"));
        options.add(editConfigurationFilePut("etc/org.backoffice.backup.cfg", "keepWeekly", "1"));
        return options.toArray(new Option[0]);
    }

    /** A job registered by the test, counting its runs; fails while {@code failing} is set. */
    private static final class CountingJob implements ScheduledJob {
        final String id;
        final String schedule;
        final AtomicInteger runs = new AtomicInteger();
        final AtomicBoolean failing = new AtomicBoolean();

        CountingJob(String id, String schedule) {
            this.id = id;
            this.schedule = schedule;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String schedule() {
            return schedule;
        }

        @Override
        public String run() throws Exception {
            int run = runs.incrementAndGet();
            if (failing.get()) {
                throw new IllegalStateException("the ledger is closed");
            }
            Thread.sleep(50);
            return "run " + run + " as " + org.backoffice.platform.api.Actor.currentUser();
        }
    }

    private ServiceRegistration<ScheduledJob> register(CountingJob job) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ScheduledJob.ID_PROPERTY, job.id());
        return context.registerService(ScheduledJob.class, job, properties);
    }

    @Test
    public void jobsRunOncePerSlotAreRecordedRetriedAndRunOnDemand() throws Exception {
        Http admin = http().as("admin");
        CountingJob ticking = new CountingJob("test.ticking", "* * * * * ?");
        CountingJob racing = new CountingJob("test.racing", "");
        CountingJob flaky = new CountingJob("test.flaky", "");
        List<ServiceRegistration<ScheduledJob>> registrations = List.of(register(ticking), register(racing),
                register(flaky));
        try {
            // a schedule of every second fires through Karaf's scheduler and is recorded
            eventually(15_000, "the ticking job to run", () -> ticking.runs.get() >= 2);
            JsonNode runs = ok(admin.get("/api/admin/jobs/test.ticking/runs"));
            assertTrue(runs.toString(), runs.get("total").asLong() >= 1);
            JsonNode run = runs.get("items").get(0);
            assertEquals("SCHEDULE", run.get("trigger").asText());

            // two schedulers racing for the same slot: exactly one runs it
            Instant slot = Instant.now().plusSeconds(3600);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Optional<JobRun>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(pool.submit(() -> jobs.runScheduled("test.racing", slot)));
            }
            int ran = 0;
            for (Future<Optional<JobRun>> claim : claims) {
                ran += claim.get().isPresent() ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, ran);
            assertEquals(1, racing.runs.get());
            assertTrue("the slot is taken", jobs.runScheduled("test.racing", slot).isEmpty());

            // a failure is recorded, counted and retried after the (configured) pause
            flaky.failing.set(true);
            JsonNode failed = ok(admin.post("/api/admin/jobs/test.flaky/run", null));
            assertEquals("FAILED", failed.get("outcome").asText());
            assertTrue(failed.toString(), failed.get("message").asText().contains("the ledger is closed"));
            JsonNode status = ok(admin.get("/api/admin/jobs/test.flaky"));
            assertEquals(1, status.get("failures").asInt());
            assertFalse(status.toString(), status.get("nextRun").isNull());
            flaky.failing.set(false);
            eventually(30_000, "the retry", () -> ok(admin.get("/api/admin/jobs/test.flaky")).get("lastRun")
                    .get("outcome").asText().equals("SUCCEEDED"));
            JsonNode retried = ok(admin.get("/api/admin/jobs/test.flaky")).get("lastRun");
            assertEquals("RETRY", retried.get("trigger").asText());
            assertTrue(retried.toString(), retried.get("message").asText().endsWith(" as system"));

            // run now, the list, unknown jobs, and the shell
            JsonNode manual = ok(admin.post("/api/admin/jobs/test.racing/run", null));
            assertEquals("MANUAL", manual.get("trigger").asText());
            assertEquals("SUCCEEDED", manual.get("outcome").asText());
            JsonNode list = ok(admin.get("/api/admin/jobs"));
            assertTrue(list.toString(), list.toString().contains("platform.backup")
                    && list.toString().contains("platform.access-log-retention"));
            assertProblem(admin.post("/api/admin/jobs/no.such.job/run", null), 404);
            assertProblem(http().as("manager").get("/api/admin/jobs"), 403);
            assertTrue(shell("backoffice:jobs"), shell("backoffice:jobs").contains("test.flaky"));
            String shellRun = shell("backoffice:job-run test.racing");
            assertTrue(shellRun, shellRun.contains("SUCCEEDED"));
            assertTrue(shell("backoffice:job-runs test.racing"), shell("backoffice:job-runs test.racing")
                    .contains("MANUAL"));
            ok(admin.post("/api/admin/jobs/platform.access-log-retention/run", null));
        } finally {
            registrations.forEach(ServiceRegistration::unregister);
        }
    }

    private static HttpResponse<String> withKey(String header, String value, String method, String path,
            String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:"
                + Integer.getInteger(HTTP_PORT_PROPERTY) + path)).header(header, value)
                .timeout(Duration.ofSeconds(30));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    public void apiKeysCarryTheirRolesExpireAndAreRevoked() throws Exception {
        Http admin = http().as("admin");
        String name = "מפתח בנק — مفتاح — 银行同步";
        JsonNode created = created(admin.post("/api/admin/api-keys", "{\"name\":\"" + name
                + "\",\"user\":\"svc-bank\",\"roles\":[\"partners-viewer\"],\"expiresAt\":\""
                + Instant.now().plus(Duration.ofDays(30)) + "\"}"));
        String id = created.get("key").get("id").asText();
        String secret = created.get("secret").asText();
        assertTrue(secret, secret.startsWith("bo_" + id + "_"));
        assertEquals(name, created.get("key").get("name").asText());

        // the key acts as its user with exactly its roles, by Bearer or X-API-Key
        HttpResponse<String> read = withKey("Authorization", "Bearer " + secret, "GET", "/api/partners", null);
        assertEquals(read.body(), 200, read.statusCode());
        assertEquals("no-store", read.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("nosniff", read.headers().firstValue("X-Content-Type-Options").orElse(null));
        HttpResponse<String> write = withKey("X-API-Key", secret, "POST", "/api/partners",
                "{\"code\":\"KEY-1\",\"name\":\"Nope\"}");
        assertEquals(write.body(), 403, write.statusCode());
        assertEquals(403, withKey("X-API-Key", secret, "GET", "/api/admin/api-keys", null).statusCode());
        JsonNode listed = ok(admin.get("/api/admin/api-keys/" + id));
        assertEquals("svc-bank", listed.get("user").asText());
        assertFalse("the use is recorded", listed.get("lastUsedAt").isNull());
        assertFalse("the secret is never listed", admin.get("/api/admin/api-keys").body().contains(secret));

        // revoked: refused at once
        ok(admin.send("/api/admin/api-keys/" + id, "DELETE", null, (String) null));
        HttpResponse<String> revoked = withKey("Authorization", "Bearer " + secret, "GET", "/api/partners", null);
        assertEquals(401, revoked.statusCode());
        assertTrue(revoked.body(), revoked.body().contains("revoked"));
        assertEquals(401, withKey("Authorization", "Bearer bo_nosuchkey_xyz", "GET", "/api/partners", null)
                .statusCode());

        // a key that expires is refused once it has
        JsonNode shortLived = created(admin.post("/api/admin/api-keys", "{\"name\":\"short\",\"user\":\"svc-x\","
                + "\"roles\":[\"partners-viewer\"],\"expiresAt\":\"" + Instant.now().plusSeconds(2) + "\"}"));
        String shortSecret = shortLived.get("secret").asText();
        assertEquals(200, withKey("X-API-Key", shortSecret, "GET", "/api/partners", null).statusCode());
        Instant expiry = Instant.parse(shortLived.get("key").get("expiresAt").asText());
        eventually(10_000, "the key's expiry", () -> Instant.now().isAfter(expiry));
        assertEquals(401, withKey("X-API-Key", shortSecret, "GET", "/api/partners", null).statusCode());

        // refusals name the fields, and store nothing
        int before = ok(admin.get("/api/admin/api-keys")).size();
        Http.Reply refused = admin.post("/api/admin/api-keys", "{\"name\":\"\",\"user\":\"svc\",\"roles\":[],"
                + "\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
        assertField(refused, "name", "");
        assertField(refused, "roles", "at least one");
        assertField(refused, "expiresAt", "future");
        assertProblem(admin.post("/api/admin/api-keys", null), 400);
        assertEquals(before, ok(admin.get("/api/admin/api-keys")).size());
        assertProblem(admin.get("/api/admin/api-keys/nosuchkey"), 404);

        // the shell: create (secret shown once), list, revoke
        String shellCreated = shell("backoffice:api-key-create --user svc-shell --role partners-viewer"
                + " \"shell key\"");
        assertTrue(shellCreated, shellCreated.contains("Secret") && shellCreated.contains("bo_"));
        String shellId = shellCreated.lines().filter(l -> l.startsWith("Id")).findFirst().orElseThrow()
                .replaceAll("^Id\\s*:?\\s*", "").trim();
        assertTrue(shell("backoffice:api-key-list"), shell("backoffice:api-key-list").contains("svc-shell"));
        assertTrue(shell("backoffice:api-key-revoke " + shellId), shell("backoffice:api-key-revoke " + shellId)
                .contains("revoked"));
    }

    @Test
    public void failedSignInsLockUsersAndAddressesUntilUnlockedAndAreLogged() throws Exception {
        shell("backoffice:unlock 127.0.0.1");
        Http wrong = http().as("nobody").password("wrong-password");
        String wrongDetail = null;
        for (int i = 0; i < 3; i++) {
            Http.Reply reply = wrong.get("/api/partners");
            assertProblem(reply, 401);
            wrongDetail = reply.json().get("detail").asText();
        }
        // locked: even the right password waits, told how long
        Http.Reply locked = http().as("nobody").get("/api/partners");
        assertProblem(locked, 429);
        assertNotNull(locked.header("Retry-After"));
        assertTrue(Integer.parseInt(locked.header("Retry-After")) > 0);
        // an unknown user gets the same answers as a wrong password
        Http ghost = http().as("ghost-user").password("whatever");
        Http.Reply unknown = ghost.get("/api/partners");
        assertProblem(unknown, 401);
        assertEquals(wrongDetail, unknown.json().get("detail").asText());
        assertProblem(ghost.get("/api/partners"), 401);
        assertProblem(ghost.get("/api/partners"), 401);
        assertProblem(ghost.get("/api/partners"), 429);

        JsonNode lockouts = ok(http().as("admin").get("/api/admin/lockouts"));
        assertTrue(lockouts.toString(), lockouts.toString().contains("\"nobody\""));
        assertTrue(shell("backoffice:lockouts"), shell("backoffice:lockouts").contains("ghost-user"));
        assertEquals(204, http().as("admin").send("/api/admin/lockouts/nobody", "DELETE", null, (String) null)
                .status());
        // unlocked: the right password is accepted again (nobody has no role, so the answer is 403)
        assertProblem(http().as("nobody").get("/api/partners"), 403);
        assertProblem(http().as("admin").send("/api/admin/lockouts/nobody", "DELETE", null, (String) null), 404);

        // one address trying many users: locked as a whole, even for the administrator, until unlocked
        for (int i = 0; i < 12; i++) {
            http().as("guess" + i).password("x").get("/api/partners");
        }
        assertProblem(http().as("admin").get("/api/partners"), 429);
        String unlocked = shell("backoffice:unlock 127.0.0.1");
        assertTrue(unlocked, unlocked.contains("127.0.0.1 unlocked"));
        ok(http().as("admin").get("/api/partners"));
        shell("backoffice:unlock ghost-user");

        // the access log has the failures, the lockouts and a refusal
        assertEquals(403, http().as("viewer").post("/api/partners", "{\"code\":\"X\",\"name\":\"Y\"}").status());
        Http admin = http().as("admin");
        JsonNode failures = ok(admin.get("/api/admin/access-log?user=nobody&event=SIGN_IN_FAILED"));
        assertEquals(failures.toString(), 3, failures.get("total").asInt());
        assertEquals("127.0.0.1", failures.get("items").get(0).get("address").asText());
        assertEquals(401, failures.get("items").get(0).get("status").asInt());
        assertTrue(ok(admin.get("/api/admin/access-log?event=LOCKED_OUT")).get("total").asInt() >= 3);
        JsonNode forbidden = ok(admin.get("/api/admin/access-log?user=viewer&event=FORBIDDEN"));
        assertEquals(1, forbidden.get("total").asInt());
        assertEquals("/partners", forbidden.get("items").get(0).get("path").asText());
        assertField(admin.get("/api/admin/access-log?status=abc"), "status", "HTTP status");
        String log = shell("backoffice:access-log --user nobody --event SIGN_IN_FAILED");
        assertTrue(log, log.contains("SIGN_IN_FAILED") && log.contains("3 of 3"));
    }

    @Test
    public void backupsUnderLoadAreVerifiedCaughtWhenCorruptedDownloadedAndKeptByRetention() throws Exception {
        Http admin = http().as("admin");
        // four clients write partners while the backup runs
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            load.add(clients.submit((Callable<Void>) () -> {
                Http manager = http().as("manager");
                for (int i = 0; writing.get(); i++) {
                    Http.Reply reply = manager.post("/api/partners", "{\"code\":\"BK-" + client + "-" + i
                            + "\",\"name\":\"גיבוי نسخ 备份 " + i + "\",\"roles\":[\"CUSTOMER\"]}");
                    assertEquals(reply.toString(), 201, reply.status());
                    written.incrementAndGet();
                }
                return null;
            }));
        }
        eventually(20_000, "the load to start", () -> written.get() > 20);
        JsonNode backup = created(admin.post("/api/admin/backups", null));
        writing.set(false);
        for (Future<?> client : load) {
            client.get();
        }
        clients.shutdown();
        String id = backup.get("id").asText();
        assertEquals("CREATED", backup.get("status").asText());
        assertTrue(backup.toString(), backup.get("tables").has("APP.PRT_PARTNER"));
        assertTrue(backup.get("tables").get("APP.PRT_PARTNER").asLong() > 0);
        assertTrue(backup.get("files").size() > 5);
        assertTrue(backup.get("versions").has("org.backoffice.platform.api"));

        JsonNode verified = ok(admin.post("/api/admin/backups/" + id + "/verify", null));
        assertEquals(verified.toString(), "VERIFIED", verified.get("status").asText());
        assertEquals("VERIFIED", ok(admin.get("/api/admin/backups/" + id)).get("status").asText());

        // a corrupted copy is caught
        JsonNode second = created(admin.post("/api/admin/backups", null));
        String secondId = second.get("id").asText();
        Path folder = Path.of(System.getProperty("karaf.data"), "backups", secondId);
        Path victim;
        try (Stream<Path> files = Files.walk(folder)) {
            victim = files.filter(f -> f.toString().contains("seg0") && f.toString().endsWith(".dat"))
                    .findFirst().orElseThrow();
        }
        Files.write(victim, new byte[] {1, 2, 3, 4}, StandardOpenOption.APPEND);
        JsonNode caught = ok(admin.post("/api/admin/backups/" + secondId + "/verify", null));
        assertEquals(caught.toString(), "FAILED", caught.get("status").asText());
        assertTrue(caught.toString(), caught.get("verifyMessage").asText().contains("SHA-256"));

        // download: a zip of the manifest and the database, streamed
        HttpResponse<byte[]> download = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + Integer.getInteger(HTTP_PORT_PROPERTY) + "/api/admin/backups/" + id + "/download"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:"
                        + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.headers().firstValue("Content-Type").orElse(""));
        boolean manifest = false;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                manifest |= entry.getName().equals(id + "/manifest.json");
            }
        }
        assertTrue(manifest);
        assertEquals(backup.get("files").size() + 1, entries);

        // the last verified backup is never deleted; others are
        assertProblem(admin.send("/api/admin/backups/" + id, "DELETE", null, (String) null), 409);
        assertEquals(204, admin.send("/api/admin/backups/" + secondId, "DELETE", null, (String) null).status());
        assertProblem(admin.get("/api/admin/backups/" + secondId), 404);
        assertProblem(admin.get("/api/admin/backups/backup-20000101-000000000"), 404);

        // the scheduled backup: backup, verify, retention (1 daily, 1 weekly: only today's newest stays)
        created(admin.post("/api/admin/backups", null));
        JsonNode scheduled = ok(admin.post("/api/admin/jobs/platform.backup/run", null));
        assertEquals(scheduled.toString(), "SUCCEEDED", scheduled.get("outcome").asText());
        JsonNode left = ok(admin.get("/api/admin/backups"));
        assertEquals(left.toString(), 1, left.size());
        assertEquals("VERIFIED", left.get(0).get("status").asText());
        assertFalse(left.get(0).get("id").asText().equals(id));

        // health names the last verified backup
        JsonNode health = ok(admin.get("/api/admin/health"));
        assertTrue(health.toString(), health.toString().contains("\"name\":\"backups\",\"status\":\"UP\""));
        assertTrue(health.toString(), health.toString().contains(left.get(0).get("id").asText()));
        assertTrue(health.toString(), health.toString().contains("\"jobs\""));

        // the shell
        String shellBackup = shell("backoffice:backup --verify");
        assertTrue(shellBackup, shellBackup.contains("VERIFIED"));
        assertTrue(shell("backoffice:backups"), shell("backoffice:backups").contains("VERIFIED"));
        String newest = ok(admin.get("/api/admin/backups")).get(0).get("id").asText();
        String older = ok(admin.get("/api/admin/backups")).get(1).get("id").asText();
        assertTrue(shell("backoffice:backup-verify " + older).contains("VERIFIED"));
        assertTrue(shell("backoffice:backup-delete " + older).contains("deleted"));
        assertNull(JSON.readTree(admin.get("/api/admin/backups").body()).get(1));
        assertEquals(newest, ok(admin.get("/api/admin/backups")).get(0).get("id").asText());
    }
}
