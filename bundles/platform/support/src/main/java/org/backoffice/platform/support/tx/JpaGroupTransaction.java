package org.backoffice.platform.support.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.backoffice.platform.support.jpa.PersistenceFailures;
import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.support.tx.GroupCommitWriter.Outcome;

/**
 * The JPA transaction of one group of a {@link GroupCommitWriter}: the writer thread's own entity manager (created on
 * that thread and kept for its life, because a fresh one per group costs more than the group's SQL; dropped after a
 * failure), begin, the works through a batch, the batch's shared writes, commit — or rollback and a translated
 * failure, after which the writer retries each work alone.
 *
 * <p><b>When to use group commit.</b> Only for a write path with a measured hot row: every write takes the same row
 * lock until commit (the event log's sequence, a number series, a stock row), so concurrent writers queue behind each
 * other's commit anyway and one commit per group raises throughput many times (the ledger: postings per second; stock
 * moves). Everything else writes in an ordinary {@code JpaTemplate.tx} on the caller's thread, which is simpler,
 * runs as the caller, and is enough.
 *
 * @param <B> the state of one group transaction that works write through
 */
public abstract class JpaGroupTransaction<B extends JpaGroupTransaction.Batch>
        implements GroupCommitWriter.GroupTransaction<B>, AutoCloseable {

    /** What works of one group write through; counts its writes, so a refused work can fail alone. */
    public interface Batch extends AutoCloseable {

        /** How many writes the batch has made (or queued) so far. */
        int writes();

        @Override
        void close();
    }

    private final EntityManagerFactory emf;
    private final String what;
    /** Touched by the writer thread only (and by {@link #close} after it ended). */
    private EntityManager writerEm;

    /** @param what what a group writes, for failures, e.g. "Journal entry" */
    protected JpaGroupTransaction(EntityManagerFactory emf, String what) {
        this.emf = emf;
        this.what = what;
    }

    /** The batch of one group, on the group's entity manager inside its transaction. */
    protected abstract B open(EntityManager em);

    /** The batch's shared writes after every work ran (numbers, balances, audit records, events last). */
    protected abstract void finish(B batch);

    /** Before the works of a group run, inside its transaction (e.g. refresh cached reference data). */
    protected void beforeGroup(EntityManager em) {
    }

    /** After a group failed and rolled back (e.g. forget what was read in it). */
    protected void afterFailure() {
    }

    /** After each work, e.g. store what it wrote before the next work reads. */
    protected void afterWork(B batch) {
    }

    /** What a failed group is called in the problem the writer reports. */
    protected String what(List<Function<B, ?>> works) {
        return what;
    }

    /** Runs the works in order; a subclass that must order their writes (lock order) overrides this. */
    protected List<Outcome> runWorks(B batch, List<Function<B, ?>> works) {
        List<Outcome> outcomes = new ArrayList<>(works.size());
        for (Function<B, ?> work : works) {
            outcomes.add(attempt(batch, works.size(), () -> {
                Object result = work.apply(batch);
                afterWork(batch);
                return result;
            }));
        }
        return outcomes;
    }

    /**
     * Runs one work of a group of {@code groupSize}: a work refused before it wrote anything fails alone while the
     * rest of its group goes on; a work refused after writing, or alone in its group, fails the group.
     */
    protected static Outcome attempt(Batch batch, int groupSize, Supplier<?> work) {
        int writesBefore = batch.writes();
        try {
            return new Outcome(work.get(), null);
        } catch (ProblemException refused) {
            if (batch.writes() != writesBefore || groupSize == 1) {
                throw refused;
            }
            return new Outcome(null, refused);
        }
    }

    @Override
    public final List<Outcome> run(List<Function<B, ?>> works) {
        if (writerEm == null) {
            writerEm = emf.createEntityManager();
        }
        EntityManager em = writerEm;
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            beforeGroup(em);
            List<Outcome> outcomes;
            try (B batch = open(em)) {
                outcomes = runWorks(batch, works);
                finish(batch);
            }
            transaction.commit();
            em.clear();
            return outcomes;
        } catch (RuntimeException e) {
            afterFailure();
            writerEm = null;
            try {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            } finally {
                em.close();
            }
            throw PersistenceFailures.translate(e, what(works));
        }
    }

    /** Closes the writer's entity manager; call it after the writer itself is closed. */
    @Override
    public void close() {
        if (writerEm != null) {
            writerEm.close();
            writerEm = null;
        }
    }
}
