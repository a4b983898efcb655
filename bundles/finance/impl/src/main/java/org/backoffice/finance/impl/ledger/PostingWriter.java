package org.backoffice.finance.impl.ledger;

import java.sql.Connection;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.support.jpa.NumberCarryOver;
import org.backoffice.platform.support.tx.GroupCommitWriter;
import org.backoffice.platform.support.tx.JpaGroupTransaction;

/**
 * The ledger's group commit: one {@link GroupCommitWriter} thread runs the posting works of all callers in shared
 * transactions ({@link PostingBatch}) on its own entity manager. Worth it here because every posting takes the same
 * hot rows until commit (the journal's number series, the event log's sequence, the balances): measured, one commit
 * per group posts many times more entries per second than one transaction per posting.
 */
final class PostingWriter extends JpaGroupTransaction<PostingBatch> {

    private final AuditTrail audit;
    private final EventLog events;
    private final NumberSeries numbers;
    private final ReferenceData referenceData;
    private final ReferenceCache cache = new ReferenceCache();
    /** Numbers issued before the platform's series existed continue (FIN_SEQUENCE is only read). */
    private final NumberCarryOver carryOver;
    private final GroupCommitWriter<PostingBatch> writer;

    PostingWriter(EntityManagerFactory emf, AuditTrail audit, EventLog events, NumberSeries numbers,
            ReferenceData referenceData) {
        super(emf, "Journal entry");
        this.audit = audit;
        this.events = events;
        this.numbers = numbers;
        this.referenceData = referenceData;
        this.carryOver = new NumberCarryOver(numbers, "FIN_SEQUENCE", "SERIES", "LAST_NUMBER");
        this.writer = new GroupCommitWriter<>("backoffice-finance-posting", "the finance module", this);
    }

    <T> T submit(Function<PostingBatch, T> work) {
        return writer.submit(work);
    }

    <T> CompletionStage<T> submitAsync(Function<PostingBatch, T> work) {
        return writer.submitAsync(work);
    }

    @Override
    protected void beforeGroup(EntityManager em) {
        cache.refresh(referenceData.version(), System.currentTimeMillis());
        carryOver.ensure(em.unwrap(Connection.class));
    }

    @Override
    protected PostingBatch open(EntityManager em) {
        return new PostingBatch(em, audit, events, numbers, cache);
    }

    /** What a work posted is stored before the next work reads anything. */
    @Override
    protected void afterWork(PostingBatch batch) {
        batch.flushJournal();
    }

    @Override
    protected void finish(PostingBatch batch) {
        batch.finish();
    }

    /** What was read inside the failed transaction may never have been committed. */
    @Override
    protected void afterFailure() {
        cache.clear();
    }

    @Override
    public void close() {
        writer.close();
        super.close();
    }
}
