package org.backoffice.platform.api.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;

/**
 * The one way a service writes an audited change, inside its own transaction: check the version the caller read,
 * take a snapshot, apply the change, flush (which assigns the new version), diff, write the audit record, append the
 * event. All of it commits or rolls back with the change itself; an update that changes nothing writes neither audit
 * record nor event.
 *
 * <pre>{@code
 * private final AuditedChanges<Partner> changes = new AuditedChanges<>(audit, events, new PartnerAudit());
 * ...
 * return jpa.txExpr(em -> changes.update(em, entity, partner.version(), PartnerEntity::toPartner,
 *         e -> e.apply(partner, now), AuditEntry.UPDATE, PartnersModule.TOPIC_UPDATED));
 * }</pre>
 *
 * @param <T> the api view of the record
 */
public final class AuditedChanges<T> {

    private final AuditTrail audit;
    private final EventLog events;
    private final AuditedType<T> type;

    public AuditedChanges(AuditTrail audit, EventLog events, AuditedType<T> type) {
        this.audit = audit;
        this.events = events;
        this.type = type;
    }

    /**
     * Records a record just persisted: every field as a change from nothing. Call it after {@code em.persist} (it
     * flushes, so database constraints fail here, inside the transaction).
     */
    public <E> T created(EntityManager em, E entity, Function<E, T> view, String topic) {
        em.flush();
        T created = view.apply(entity);
        record(em, created, AuditEntry.CREATE, type.changes(null, created), topic);
        return created;
    }

    /**
     * Applies {@code change} to a stored entity the caller read at {@code sentVersion}: a missing version is a 422, a
     * stale one a 409, and nothing is changed in either case.
     */
    public <E> T update(EntityManager em, E entity, Long sentVersion, Function<E, T> view, Consumer<E> change,
            String action, String topic) {
        T before = view.apply(entity);
        requireVersion(type.id(before), sentVersion, type.version(before));
        return change(em, entity, view, change, action, topic);
    }

    /**
     * Applies a change that needs no version from the caller (a state transition such as deactivate, which is checked
     * by its own rule instead).
     */
    public <E> T change(EntityManager em, E entity, Function<E, T> view, Consumer<E> change, String action,
            String topic) {
        T before = view.apply(entity);
        change.accept(entity);
        em.flush(); // assigns the new version
        T after = view.apply(entity);
        List<FieldChange> changed = type.changes(before, after);
        if (!changed.isEmpty()) {
            record(em, after, action, changed, topic);
        }
        return after;
    }

    /** The version check alone, for services that apply changes their own way. */
    public void requireVersion(String id, Long sentVersion, Long storedVersion) {
        if (sentVersion == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        if (storedVersion != null && !sentVersion.equals(storedVersion)) {
            throw ConflictProblem.staleVersion(type.entity(), id, sentVersion, storedVersion);
        }
    }

    /** Writes the audit record and the event of a change already made. */
    public void record(EntityManager em, T record, String action, List<FieldChange> changes, String topic) {
        String id = type.id(record);
        audit.record(em, AuditEntry.of(type.module(), type.entity(), id, action, changes));
        if (topic != null) {
            // last step: the event log's sequence row stays locked until the transaction ends
            Map<String, Object> payload = new HashMap<>(type.payload(record, changes));
            payload.put("action", action);
            events.append(em, topic, id, payload);
        }
    }
}
