package org.backoffice.platform.support.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.backoffice.platform.api.error.ConflictProblem;
import org.junit.jupiter.api.Test;

class GroupCommitWriterTest {

    /** A group transaction over a list: a work's result is its value; "commit" appends the group's values. */
    private static final class ListTransaction implements GroupCommitWriter.GroupTransaction<List<String>> {
        final List<String> committed = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> groupSizes = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstGroupEntered = new CountDownLatch(1);
        volatile CountDownLatch releaseFirstGroup = new CountDownLatch(0);

        @Override
        public List<GroupCommitWriter.Outcome> run(List<Function<List<String>, ?>> works) {
            groupSizes.add(works.size());
            firstGroupEntered.countDown();
            try {
                releaseFirstGroup.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<String> pending = new ArrayList<>();
            List<GroupCommitWriter.Outcome> outcomes = new ArrayList<>();
            for (Function<List<String>, ?> work : works) {
                try {
                    outcomes.add(new GroupCommitWriter.Outcome(work.apply(pending), null));
                } catch (ConflictProblem refused) {
                    // refused before writing: fails alone
                    outcomes.add(new GroupCommitWriter.Outcome(null, refused));
                }
            }
            if (pending.contains("poison")) {
                throw new IllegalStateException("group failed");
            }
            committed.addAll(pending);
            return outcomes;
        }
    }

    private static GroupCommitWriter<List<String>> writer(ListTransaction transaction) {
        return new GroupCommitWriter<>("test-writer", "the test", transaction);
    }

    private static Function<List<String>, String> add(String value) {
        return list -> {
            list.add(value);
            return value;
        };
    }

    @Test
    void waitingWorksCommitTogetherAndEachGetsItsOwnResult() throws Exception {
        ListTransaction transaction = new ListTransaction();
        transaction.releaseFirstGroup = new CountDownLatch(1);
        try (GroupCommitWriter<List<String>> writer = writer(transaction)) {
            ExecutorService callers = Executors.newFixedThreadPool(6);
            try {
                Future<String> first = callers.submit(() -> writer.submit(add("first")));
                transaction.firstGroupEntered.await();
                List<Future<String>> waiting = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String value = "v" + i;
                    waiting.add(callers.submit(() -> writer.submit(add(value))));
                }
                while (writer.queued() < 5) {
                    Thread.sleep(5);
                }
                transaction.releaseFirstGroup.countDown();
                assertEquals("first", first.get());
                for (int i = 0; i < 5; i++) {
                    assertEquals("v" + i, waiting.get(i).get());
                }
            } finally {
                callers.shutdownNow();
            }
        }
        assertEquals(6, transaction.committed.size());
        assertEquals(List.of(1, 5), transaction.groupSizes);
    }

    @Test
    void aRefusedWorkFailsAloneAndTheRestCommit() throws Exception {
        ListTransaction transaction = new ListTransaction();
        try (GroupCommitWriter<List<String>> writer = writer(transaction)) {
            assertEquals("a", writer.submit(add("a")));
            ConflictProblem refused = assertThrows(ConflictProblem.class, () -> writer.submit(list -> {
                throw new ConflictProblem("no");
            }));
            assertEquals("no", refused.getMessage());
            assertEquals("b", writer.submit(add("b")));
        }
        assertEquals(List.of("a", "b"), transaction.committed);
    }

    @Test
    void aFailingGroupIsRetriedOneByOneSoOnlyTheBadWorkFails() throws Exception {
        ListTransaction transaction = new ListTransaction();
        transaction.releaseFirstGroup = new CountDownLatch(1);
        try (GroupCommitWriter<List<String>> writer = writer(transaction)) {
            ExecutorService callers = Executors.newFixedThreadPool(4);
            try {
                Future<String> blocker = callers.submit(() -> writer.submit(add("blocker")));
                transaction.firstGroupEntered.await();
                Future<String> good1 = callers.submit(() -> writer.submit(add("good1")));
                Future<String> bad = callers.submit(() -> writer.submit(add("poison")));
                Future<String> good2 = callers.submit(() -> writer.submit(add("good2")));
                while (writer.queued() < 3) {
                    Thread.sleep(5);
                }
                transaction.releaseFirstGroup.countDown();
                assertEquals("blocker", blocker.get());
                assertEquals("good1", good1.get());
                assertEquals("good2", good2.get());
                Exception failure = assertThrows(Exception.class, bad::get);
                assertTrue(failure.getCause() instanceof IllegalStateException, failure.toString());
            } finally {
                callers.shutdownNow();
            }
        }
        assertTrue(transaction.committed.containsAll(List.of("blocker", "good1", "good2")));
        assertTrue(!transaction.committed.contains("poison"));
    }

    @Test
    void asynchronousSubmissionsCompleteOffTheWriterThread() throws Exception {
        ListTransaction transaction = new ListTransaction();
        try (GroupCommitWriter<List<String>> writer = writer(transaction)) {
            String completedOn = writer.submitAsync(add("x")).thenApply(v -> Thread.currentThread().getName())
                    .get(10, TimeUnit.SECONDS);
            assertTrue(!completedOn.equals("test-writer"), completedOn);
            // a dependent that posts and waits must not deadlock the writer
            String nested = writer.submitAsync(add("y")).thenApply(v -> writer.submit(add(v + "-then")))
                    .get(10, TimeUnit.SECONDS);
            assertEquals("y-then", nested);
        }
        assertEquals(List.of("x", "y", "y-then"), transaction.committed);
    }
    @Test
    void closingWritesEveryAcceptedWorkBeforeItReturnsAndRefusesNewOnes() throws Exception {
        ListTransaction transaction = new ListTransaction();
        transaction.releaseFirstGroup = new CountDownLatch(1);
        GroupCommitWriter<List<String>> writer = writer(transaction);
        List<Future<String>> accepted = new ArrayList<>();
        accepted.add(writer.submitAsync(add("first")));
        assertTrue(transaction.firstGroupEntered.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 100; i++) {
            accepted.add(writer.submitAsync(add("queued-" + i)));
        }
        Thread closing = new Thread(writer::close);
        closing.start();
        transaction.releaseFirstGroup.countDown();
        closing.join(5_000);
        assertTrue(!closing.isAlive(), "close returned once the queue was written");
        assertEquals(101, transaction.committed.size(), "every accepted work committed before close returned");
        for (Future<String> future : accepted) {
            assertTrue(future.get(5, TimeUnit.SECONDS) != null, "acknowledged, not failed");
        }
        assertThrows(IllegalStateException.class, () -> writer.submitAsync(add("late")));
    }
}
