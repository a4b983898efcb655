package org.backoffice.logistics.impl.stock;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.tx.GroupCommitWriter.Outcome;
import org.backoffice.platform.support.tx.GroupCommitWriter;
import org.backoffice.platform.support.tx.JpaGroupTransaction;

/**
 * The transaction of a group of stock moves on the move writer's thread (see {@link GroupCommitWriter}): first the
 * lookups of every move, then their writes in (product id, location id) order, the order in which every stock change
 * locks rows, so a group's locks never cross those of another transaction in the opposite order. A move refused before
 * it wrote anything fails alone; any other failure rolls the group back (the writer then retries its moves one by
 * one). The audit records and events of the group are written at the end, one batch each, the event log's sequence
 * row last.
 */
final class MoveGroups extends JpaGroupTransaction<MoveBatch> {

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

    private final AuditTrail audit;
    private final EventLog events;

    MoveGroups(EntityManagerFactory emf, AuditTrail audit, EventLog events) {
        super(emf, "Stock");
        this.audit = audit;
        this.events = events;
    }

    @Override
    protected MoveBatch open(EntityManager em) {
        return new MoveBatch(em);
    }

    /**
     * First every lookup (reads only: a refused move has written nothing and fails alone), then the writes, in lock
     * order.
     */
    @Override
    protected List<Outcome> runWorks(MoveBatch batch, List<Function<MoveBatch, ?>> works) {
        Outcome[] outcomes = new Outcome[works.size()];
        PreparedMove[] prepared = new PreparedMove[works.size()];
        for (int index = 0; index < works.size(); index++) {
            QueuedMove move = (QueuedMove) works.get(index);
            outcomes[index] = attempt(batch, works.size(), () -> move.prepare().apply(batch));
            if (outcomes[index].failure() == null) {
                prepared[index] = (PreparedMove) outcomes[index].value();
            }
        }
        for (int index : lockOrder(prepared)) {
            PreparedMove move = prepared[index];
            outcomes[index] = attempt(batch, works.size(), () -> move.write().apply(batch));
        }
        return Arrays.asList(outcomes);
    }

    @Override
    protected void finish(MoveBatch batch) {
        batch.finish(audit, events);
    }

    @Override
    protected String what(List<Function<MoveBatch, ?>> works) {
        return works.size() == 1 && works.get(0) instanceof QueuedMove move ? move.what() : "Stock";
    }

    /** The indexes of the prepared moves in the order they lock stock rows. */
    private static int[] lockOrder(PreparedMove[] prepared) {
        return IntStream.range(0, prepared.length).filter(i -> prepared[i] != null).boxed()
                .sorted(Comparator.comparing(i -> prepared[i], LOCK_ORDER)).mapToInt(Integer::intValue).toArray();
    }
}
