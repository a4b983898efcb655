package org.backoffice.logistics.impl.stock;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.error.PersistenceFailures;
import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.tx.GroupCommitWriter;
import org.backoffice.platform.api.tx.GroupCommitWriter.Outcome;

/**
 * The transaction of a group of stock moves on the move writer's thread (see {@link GroupCommitWriter}): first the
 * lookups of every move, then their writes in (product id, location id) order, the order in which every stock change
 * locks rows, so a group's locks never cross those of another transaction in the opposite order. A move refused before
 * it wrote anything fails alone; any other failure rolls the group back (the writer then retries its moves one by
 * one). The audit records and events of the group are written at the end, one batch each, the event log's sequence
 * row last.
 */
final class MoveGroups implements GroupCommitWriter.GroupTransaction<MoveBatch>, AutoCloseable {

    /**
     * A move waiting for the writer. It runs in two steps inside the group's transaction: {@code prepare} looks up
     * what the draft names (reads only; bad input is refused here, before anything is written) and returns the write,
     * which the group runs in lock order.
     */
    record QueuedMove(String what, Function<MoveBatch, PreparedMove> prepare)
            implements Function<MoveBatch, StockMove> {

        @Override
        public StockMove apply(MoveBatch batch) {
            return prepare.apply(batch).write().apply(batch);
        }
    }

    /** A looked-up move: the stock row it locks first (its product and lowest location id), and its write. */
    record PreparedMove(long productId, long locationId, Function<MoveBatch, StockMove> write) {
    }

    private static final Comparator<PreparedMove> LOCK_ORDER = Comparator.comparingLong(PreparedMove::productId)
            .thenComparingLong(PreparedMove::locationId);

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
            try (MoveBatch batch = new MoveBatch(em)) {
                // first every lookup (reads only: a refused move has written nothing and fails alone) ...
                PreparedMove[] prepared = new PreparedMove[works.size()];
                for (int index = 0; index < works.size(); index++) {
                    try {
                        prepared[index] = ((QueuedMove) works.get(index)).prepare().apply(batch);
                    } catch (ProblemException refused) {
                        if (works.size() == 1) {
                            throw refused;
                        }
                        outcomes[index] = new Outcome(null, refused);
                    }
                }
                // ... then the writes, in lock order
                for (int index : lockOrder(prepared)) {
                    int writesBefore = batch.writes();
                    try {
                        outcomes[index] = new Outcome(prepared[index].write().apply(batch), null);
                    } catch (ProblemException refused) {
                        if (batch.writes() != writesBefore || works.size() == 1) {
                            throw refused;
                        }
                        // refused before writing anything: it fails alone, the rest of the group goes on
                        outcomes[index] = new Outcome(null, refused);
                    }
                }
                batch.finish(audit, events);
            }
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

    /** The indexes of the prepared moves in the order they lock stock rows. */
    private static int[] lockOrder(PreparedMove[] prepared) {
        return IntStream.range(0, prepared.length).filter(i -> prepared[i] != null).boxed()
                .sorted(Comparator.comparing(i -> prepared[i], LOCK_ORDER)).mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void close() {
        if (writerEm != null) {
            writerEm.close();
            writerEm = null;
        }
    }
}
