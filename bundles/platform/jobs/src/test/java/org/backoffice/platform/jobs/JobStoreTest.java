package org.backoffice.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.jobs.JobRun;
import org.junit.jupiter.api.Test;

class JobStoreTest {

    private static JobStore store(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        return new JobStore(dataSource);
    }

    @Test
    void ofNodesRacingForOneSlotExactlyOneWins() throws Exception {
        JobStore store = store("jobs-race");
        Instant now = Instant.parse("2026-12-03T02:00:00Z");
        Instant slot = now;
        ExecutorService nodes = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String node = "node-" + i;
            claims.add(nodes.submit(() -> {
                start.await();
                return store.claim("accrual", slot, node, now, now.plusSeconds(3600));
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        nodes.shutdown();
        assertEquals(1, won);
    }

    @Test
    void aHeldLockRefusesRunNowUntilReleasedAndTheNextSlotIsFree() throws Exception {
        JobStore store = store("jobs-lock");
        Instant now = Instant.parse("2026-12-03T02:00:00Z");
        assertTrue(store.claim("backup", now, "a", now, now.plusSeconds(3600)));
        assertFalse(store.claim("backup", null, "b", now.plusSeconds(1), now.plusSeconds(3600)), "still running");
        assertEquals("a", store.holder("backup", now.plusSeconds(1)));
        store.release("backup", "a");
        assertTrue(store.claim("backup", null, "b", now.plusSeconds(2), now.plusSeconds(3600)), "run now");
        store.release("backup", "b");
        assertFalse(store.claim("backup", now, "c", now.plusSeconds(3), now.plusSeconds(3600)), "slot taken");
        assertTrue(store.claim("backup", now.plusSeconds(60), "c", now.plusSeconds(60), now.plusSeconds(3600)));
    }

    @Test
    void runsAreRecordedAndFailuresCountedSinceTheLastSuccess() throws Exception {
        JobStore store = store("jobs-runs");
        Instant at = Instant.parse("2026-12-03T02:00:00Z");
        store.ended(store.started("dunning", "a", JobRun.SCHEDULE, at, 0), at.plusSeconds(1), JobRun.SUCCEEDED,
                "12 letters");
        store.ended(store.started("dunning", "a", JobRun.SCHEDULE, at, 0), at.plusSeconds(1), JobRun.FAILED, "x");
        store.ended(store.started("dunning", "b", JobRun.RETRY, at, 1), at.plusSeconds(2), JobRun.FAILED, "y");
        assertEquals(2, store.failures("dunning"));
        JobRun last = store.lastRun("dunning");
        assertEquals("b", last.node());
        assertEquals(JobRun.RETRY, last.trigger());
        assertEquals(at.plusSeconds(2), last.endedAt());
        assertEquals(3, store.runs("dunning", PageRequest.of(0, 2)).total());
        assertEquals(2, store.runs(null, PageRequest.of(0, 2)).items().size());
    }
}
