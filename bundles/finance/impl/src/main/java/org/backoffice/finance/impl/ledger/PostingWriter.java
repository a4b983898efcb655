package org.backoffice.finance.impl.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.error.PersistenceFailures;
import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.tx.GroupCommitWriter;

/**
 * The ledger's group commit: one {@link GroupCommitWriter} thread runs the posting works of all callers in shared
 * transactions ({@link PostingBatch}) on its own entity manager. Kept apart from the ledger service so that the
 * group-commit machinery can move into a platform support package without touching the ledger's rules.
 */
final class PostingWriter implements AutoCloseable {

    private final EntityManagerFactory emf;
    private final AuditTrail audit;
    private final EventLog events;
    private final ReferenceData referenceData;
    private final ReferenceCache cache = new ReferenceCache();
    private final GroupCommitWriter<PostingBatch> writer;
    /** The writer thread's entity manager; touched by that thread only (and by {@link #close} after it ended). */
    private EntityManager writerEm;

    PostingWriter(EntityManagerFactory emf, AuditTrail audit, EventLog events, ReferenceData referenceData) {
        this.emf = emf;
        this.audit = audit;
        this.events = events;
        this.referenceData = referenceData;
        this.writer = new GroupCommitWriter<>("backoffice-finance-posting", "the finance module", this::writeGroup);
    }

    <T> T submit(Function<PostingBatch, T> work) {
        return writer.submit(work);
    }

    <T> CompletionStage<T> submitAsync(Function<PostingBatch, T> work) {
        return writer.submitAsync(work);
    }

    /**
     * One group transaction on the writer's own entity manager, created on the writer thread and kept for its
     * life (a fresh one per group costs more than the group's SQL); dropped after a failure.
     */
    private List<GroupCommitWriter.Outcome> writeGroup(List<Function<PostingBatch, ?>> works) {
        if (writerEm == null) {
            writerEm = emf.createEntityManager();
        }
        EntityManager em = writerEm;
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            cache.refresh(referenceData.version(), System.currentTimeMillis());
            List<GroupCommitWriter.Outcome> outcomes = new ArrayList<>(works.size());
            try (PostingBatch batch = new PostingBatch(em, audit, events, cache)) {
                for (Function<PostingBatch, ?> work : works) {
                    int writesBefore = batch.writes();
                    try {
                        Object result = work.apply(batch);
                        batch.flushJournal(); // what a work posted is stored before the next work reads anything
                        outcomes.add(new GroupCommitWriter.Outcome(result, null));
                    } catch (ProblemException refused) {
                        if (batch.writes() != writesBefore || works.size() == 1) {
                            throw refused;
                        }
                        // refused before writing anything: it fails alone, the rest of the group goes on
                        outcomes.add(new GroupCommitWriter.Outcome(null, refused));
                    }
                }
                batch.finish();
            }
            transaction.commit();
            em.clear();
            return outcomes;
        } catch (RuntimeException e) {
            // what was read inside the failed transaction may never have been committed
            cache.clear();
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
            throw PersistenceFailures.translate(e, "Journal entry");
        }
    }

    @Override
    public void close() {
        writer.close();
        if (writerEm != null) {
            writerEm.close();
        }
    }
}
