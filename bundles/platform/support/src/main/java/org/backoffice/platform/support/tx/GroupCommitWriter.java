package org.backoffice.platform.support.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;


/**
 * One thread that writes for many callers. When every write takes the same row lock until its transaction commits
 * (an event log's sequence row, a number series), concurrent writes queue behind each other's commit anyway; this
 * writer makes that queue explicit and commits the works waiting in it together, one transaction and one log flush
 * for up to {@value #MAX_GROUP} of them. A work refused before it wrote anything fails alone while the rest of its
 * group commits (the {@link GroupTransaction} reports it as a failed {@link Outcome}); any other failure rolls the
 * group back and its works are retried one by one, so a bad work still fails alone. A single writer also means its
 * works never deadlock with each other. Works run on the writer thread, not as their submitter: a work that needs
 * the user captures it when it is submitted.
 *
 * @param <C> what a work writes through: the state of one group transaction
 */
public final class GroupCommitWriter<C> implements AutoCloseable {

    public static final int MAX_GROUP = 64;

    public static final int GATHER_MICROS = 300;

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class.getName());

    /**
     * Runs a group of works in one transaction and returns their outcomes in order. A work that failed without
     * writing anything may be reported as a failed outcome while the others commit; any other failure is thrown and
     * rolls the whole group back (the writer then runs each work again, alone).
     */
    @FunctionalInterface
    public interface GroupTransaction<C> {
        List<Outcome> run(List<Function<C, ?>> works);
    }

    /** The result of one work, or the problem it was refused with. */
    public record Outcome(Object value, RuntimeException failure) {
    }

    /** A queued work; {@code async} ones are completed off the writer thread (see {@link #complete}). */
    private record Pending<C>(Function<C, ?> work, CompletableFuture<Object> result, boolean async) {
    }

    /** Wakes the writer when it is closed, so that it drains the queue and ends without waiting for a poll. */
    private final Pending<C> stop = new Pending<>(null, null, false);
    private final BlockingQueue<Pending<C>> queue = new LinkedBlockingQueue<>();
    private final GroupTransaction<C> transaction;
    private final Thread thread;
    private final String owner;
    /** Completes asynchronous submissions, so what callers chain on them never runs on (or blocks) the writer. */
    private final ExecutorService completions;
    private volatile boolean running = true;
    private int lastGroupSize = 1;

    /**
     * Starts the writer thread.
     *
     * @param threadName  the writer thread's name; its completion threads add {@code -completion}
     * @param owner       who writes, for the failure of a work submitted while stopping, e.g. "the finance module"
     * @param transaction runs one group
     */
    public GroupCommitWriter(String threadName, String owner, GroupTransaction<C> transaction) {
        this.transaction = transaction;
        this.owner = owner;
        this.completions = Executors.newCachedThreadPool(runnable -> {
            Thread completer = new Thread(runnable, threadName + "-completion");
            completer.setDaemon(true);
            return completer;
        });
        this.thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues the work for the writer thread; the future completes when its group committed or the work failed, on a
     * completion thread (one hand-over per group), never on the writer.
     */
    public <T> CompletableFuture<T> submitAsync(Function<C, T> work) {
        return enqueue(work, true);
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> enqueue(Function<C, T> work, boolean async) {
        if (!running) {
            throw new IllegalStateException(owner + " is stopping");
        }
        CompletableFuture<Object> result = new CompletableFuture<>();
        queue.add(new Pending<>(work, result, async));
        return (CompletableFuture<T>) result;
    }

    /** Runs the work on the writer thread and waits for its commit. */
    public <T> T submit(Function<C, T> work) {
        // completed by the writer itself: nobody else sees this future, and waking the caller directly is fastest
        CompletableFuture<T> result = enqueue(work, false);
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        }
    }

    /** How many works wait for the writer. */
    public int queued() {
        return queue.size();
    }

    /** Writes until closed, then writes what was queued before the close (a stopping server loses no accepted work). */
    private void loop() {
        while (running || !queue.isEmpty()) {
            try {
                Pending<C> first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null || first == stop) {
                    continue;
                }
                List<Pending<C>> group = new ArrayList<>(MAX_GROUP);
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                if (running) {
                    gather(group);
                }
                group.removeIf(pending -> pending == stop);
                lastGroupSize = group.size();
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "group commit writer failed unexpectedly; continuing", e);
            }
        }
    }

    /**
     * Waits a moment for the callers of the previous group: they were woken by its commit and are usually about to
     * submit again. Without this, a writer faster than the wake-ups commits groups of one or two under steady load,
     * and pays the per-transaction cost for each. Waits at most {@value #GATHER_MICROS} µs, and only while the group
     * is smaller than the previous one.
     */
    private void gather(List<Pending<C>> group) throws InterruptedException {
        long deadline = System.nanoTime() + GATHER_MICROS * 1_000L;
        while (group.size() < lastGroupSize) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Pending<C> next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            group.add(next);
            queue.drainTo(group, MAX_GROUP - group.size());
        }
    }

    private void write(List<Pending<C>> group) {
        List<Function<C, ?>> works = new ArrayList<>(group.size());
        for (Pending<C> pending : group) {
            works.add(pending.work());
        }
        try {
            complete(group, transaction.run(works));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                complete(group, List.of(new Outcome(null, e)));
            } else {
                for (Pending<C> pending : group) {
                    write(List.of(pending));
                }
            }
        }
    }

    private void complete(List<Pending<C>> group, List<Outcome> outcomes) {
        List<Runnable> later = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Pending<C> pending = group.get(i);
            Outcome outcome = outcomes.get(i);
            Runnable completion = outcome.failure() != null
                    ? () -> pending.result().completeExceptionally(outcome.failure())
                    : () -> pending.result().complete(outcome.value());
            if (pending.async()) {
                later.add(completion);
            } else {
                completion.run();
            }
        }
        if (!later.isEmpty()) {
            completions.execute(() -> later.forEach(Runnable::run));
        }
    }

    /**
     * Stops taking works, writes those already queued and waits for their commit (at most 10 s, after which the
     * writer is interrupted and what is left fails), so a module or server that stops loses nothing it accepted.
     */
    @Override
    public void close() {
        running = false;
        queue.add(stop);
        try {
            thread.join(10_000);
            if (thread.isAlive()) {
                LOG.warning(() -> owner + ": the writer did not finish its queue within 10 s; interrupting it");
                thread.interrupt();
                thread.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending<C> pending;
        while ((pending = queue.poll()) != null) {
            if (pending == stop) {
                continue;
            }
            pending.result().completeExceptionally(new IllegalStateException(owner + " stopped"));
        }
        completions.shutdown();
    }
}
