package org.backoffice.finance.impl;

import java.security.AccessController;
import java.security.PrivilegedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.EntityManager;
import javax.security.auth.Subject;

/**
 * The one thread that writes postings. Every posting takes the year's number row and the event log's sequence row
 * until its transaction commits, so concurrent postings queue behind each other's commit anyway; this writer makes
 * that queue explicit and commits the postings waiting in it together, one transaction and one log flush for up to
 * {@value #MAX_GROUP} of them. A failing group is rolled back and its postings retried one by one, so a bad posting
 * fails alone. A single writer also means postings never deadlock with each other. Each posting runs as the user who
 * submitted it.
 */
final class PostingWriter implements AutoCloseable {

    static final int MAX_GROUP = 64;

    private static final Logger LOG = Logger.getLogger(PostingWriter.class.getName());

    /** Runs a group of works in one transaction and returns their results in order. */
    interface GroupTransaction {
        List<Object> run(List<Function<EntityManager, ?>> works);
    }

    private record Pending(Function<EntityManager, ?> work, Subject subject, CompletableFuture<Object> result) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final GroupTransaction transaction;
    private final Thread thread;
    private volatile boolean running = true;

    PostingWriter(GroupTransaction transaction) {
        this.transaction = transaction;
        this.thread = new Thread(this::loop, "backoffice-finance-posting");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the work on the writer thread, as the current user, and waits for its commit. */
    @SuppressWarnings({"unchecked", "removal"})
    <T> T submit(Function<EntityManager, T> work) {
        if (!running) {
            throw new IllegalStateException("the finance module is stopping");
        }
        Subject subject = Subject.getSubject(AccessController.getContext());
        CompletableFuture<Object> result = new CompletableFuture<>();
        queue.add(new Pending(work, subject, result));
        try {
            return (T) result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the posting to commit", e);
        }
    }

    private void loop() {
        while (running) {
            try {
                Pending first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> group = new ArrayList<>(MAX_GROUP);
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "posting writer failed unexpectedly; continuing", e);
            }
        }
    }

    private void write(List<Pending> group) {
        List<Function<EntityManager, ?>> works = new ArrayList<>(group.size());
        for (Pending pending : group) {
            works.add(em -> asUser(pending.subject(), () -> pending.work().apply(em)));
        }
        try {
            List<Object> results = transaction.run(works);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).result().completeExceptionally(e);
            } else {
                for (Pending pending : group) {
                    write(List.of(pending));
                }
            }
        }
    }

    @SuppressWarnings("removal")
    private static Object asUser(Subject subject, java.util.function.Supplier<Object> work) {
        if (subject == null) {
            return work.get();
        }
        return Subject.doAs(subject, (PrivilegedAction<Object>) work::get);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending pending;
        while ((pending = queue.poll()) != null) {
            pending.result().completeExceptionally(new IllegalStateException("the finance module stopped"));
        }
    }
}
