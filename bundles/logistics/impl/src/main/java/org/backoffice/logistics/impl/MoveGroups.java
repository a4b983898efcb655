package org.backoffice.logistics.impl;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.backoffice.logistics.api.StockMove;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.error.PersistenceFailures;
import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.tx.GroupCommitWriter;
import org.backoffice.platform.api.tx.GroupCommitWriter.Outcome;

/**
 * The transaction of a group of stock moves on the move writer's thread (see {@link GroupCommitWriter}): the moves
 * run in (product id, location id) order, the order in which every move locks its rows, so a group's locks never
 * cross those of another transaction; a move refused before it wrote anything fails alone, any other failure rolls
 * the group back (the writer then retries its moves one by one). The audit records and events of the group are
 * written at the end, one batch each, the event log's sequence row last.
 */
final class MoveGroups implements GroupCommitWriter.GroupTransaction<MoveBatch>, AutoCloseable {

    /** A move waiting for the writer, with the stock row it locks first (its product and lowest location id). */
    record QueuedMove(long productId, long locationId, String what, Function<MoveBatch, StockMove> work)
            implements Function<MoveBatch, StockMove> {

        @Override
        public StockMove apply(MoveBatch batch) {
            return work.apply(batch);
        }
    }

    private static final Comparator<QueuedMove> LOCK_ORDER = Comparator.comparingLong(QueuedMove::productId)
            .thenComparingLong(QueuedMove::locationId);

    private final EntityManagerFactory emf;
    private final AuditTrail audit;
    private final EventLog events;
    /** The writer thread's entity manager; touched by that thread only (and by {@link #close} after it ended). */
    private EntityManager writerEm;

    MoveGroups(EntityManagerFactory emf, AuditTrail audit, EventLog events) {
        this.emf = emf;
        this.audit = audit;
        this.events = events;
    }

    /**
     * One group on the writer's own entity manager, created on the writer thread and kept for its life (a fresh one
     * per group costs more than the group's SQL); dropped after a failure.
     */
    @Override
    public List<Outcome> run(List<Function<MoveBatch, ?>> works) {
        if (writerEm == null) {
            writerEm = emf.createEntityManager();
        }
        EntityManager em = writerEm;
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            Outcome[] outcomes = new Outcome[works.size()];
            MoveBatch batch = new MoveBatch(em);
            for (int index : lockOrder(works)) {
                int writesBefore = batch.writes();
                try {
                    outcomes[index] = new Outcome(works.get(index).apply(batch), null);
                } catch (ProblemException refused) {
                    if (batch.writes() != writesBefore || works.size() == 1) {
                        throw refused;
                    }
                    // refused before writing anything: it fails alone, the rest of the group goes on
                    outcomes[index] = new Outcome(null, refused);
                }
            }
            batch.finish(audit, events);
            transaction.commit();
            em.clear();
            return Arrays.asList(outcomes);
        } catch (RuntimeException e) {
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
            throw PersistenceFailures.translate(e, works.size() == 1 && works.get(0) instanceof QueuedMove move
                    ? move.what() : "Stock");
        }
    }

    /** The indexes of the works in the order their moves lock stock rows. */
    private static int[] lockOrder(List<Function<MoveBatch, ?>> works) {
        return IntStream.range(0, works.size()).boxed()
                .sorted(Comparator.comparing(i -> (QueuedMove) works.get(i), LOCK_ORDER))
                .mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void close() {
        if (writerEm != null) {
            writerEm.close();
            writerEm = null;
        }
    }
}
