package ${package}.impl;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import ${package}.api.${entity};
import ${package}.api.${entity}Service;
import ${package}.api.${moduleClass}Module;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.PersistenceFailures;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * ${entity}s on JPA. Each change is one short transaction that writes the record, its audit record and its event:
 * all three are stored or none is.
 */
@Component(service = ${entity}Service.class)
public final class Jpa${entity}Service implements ${entity}Service {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;

    @Activate
    public Jpa${entity}Service(@Reference(target = "(osgi.unit.name=backoffice-${moduleId})") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public ${entity} create(${entity} values) {
        ${entity}Rules.check(values, true);
        return write(values.code(), em -> {
            if (findEntity(em, values.code()).isPresent()) {
                throw new ConflictProblem("a ${entity.toLowerCase()} with code '" + values.code() + "' already exists",
                        Map.of("field", "code"));
            }
            ${entity}Entity entity = ${entity}Entity.create(values, Instant.now());
            em.persist(entity);
            em.flush(); // assigns the version
            ${entity} created = entity.to${entity}();
            record(em, created.code(), AuditEntry.CREATE, ${entity}Rules.changes(null, created),
                    ${moduleClass}Module.TOPIC_CREATED);
            return created;
        });
    }

    @Override
    public Optional<${entity}> get(String code) {
        // Aries JPA supports only Required on a RESOURCE_LOCAL unit, reads included
        return jpa.txExpr(TransactionType.Required, em -> findEntity(em, code).map(${entity}Entity::to${entity}));
    }

    @Override
    public ${entity} require(String code) {
        return get(code).orElseThrow(() -> new NotFoundProblem(${moduleClass}Module.ENTITY, code));
    }

    @Override
    public Page<${entity}> find(String text, PageRequest page) {
        String pattern = text == null || text.isBlank() ? null
                : "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.of("${entity}Entity", "e")
                .where("(LOWER(e.code) LIKE :value ESCAPE '!' OR LOWER(e.name) LIKE :value ESCAPE '!')", pattern)
                .page(em, ${entity}Entity.class, "e.code", page, ${entity}Entity::to${entity}));
    }

    @Override
    public ${entity} update(String code, ${entity} values) {
        if (values.code() != null && !values.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        if (values.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        ${entity}Rules.check(values, false);
        return write(code, em -> {
            ${entity}Entity entity = requireEntity(em, code);
            if (entity.version() != values.version()) {
                throw ConflictProblem.staleVersion(${moduleClass}Module.ENTITY, code, values.version(),
                        entity.version());
            }
            ${entity} before = entity.to${entity}();
            entity.apply(values, Instant.now());
            em.flush(); // assigns the new version
            ${entity} after = entity.to${entity}();
            List<FieldChange> changes = ${entity}Rules.changes(before, after);
            if (!changes.isEmpty()) {
                record(em, code, AuditEntry.UPDATE, changes, ${moduleClass}Module.TOPIC_UPDATED);
            }
            return after;
        });
    }

    @Override
    public void delete(String code) {
        write(code, em -> {
            ${entity}Entity entity = requireEntity(em, code);
            ${entity} before = entity.to${entity}();
            em.remove(entity);
            record(em, code, AuditEntry.DELETE, ${entity}Rules.changes(before, null),
                    ${moduleClass}Module.TOPIC_DELETED);
            return null;
        });
    }

    private void record(EntityManager em, String code, String action, List<FieldChange> changes, String topic) {
        audit.record(em, AuditEntry.of(${moduleClass}Module.ID, ${moduleClass}Module.ENTITY, code, action, changes));
        // the last step of the transaction: the event log's sequence row stays locked until commit
        events.append(em, topic, code, Map.of("code", code, "action", action,
                "changedFields", changes.stream().map(FieldChange::field).toList()));
    }

    /** Runs one write transaction; a concurrent change or a unique-key race becomes a 409, not a 500. */
    private <R> R write(String code, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw PersistenceFailures.translate(e, ${moduleClass}Module.ENTITY + " '" + code + "'");
        }
    }

    private static ${entity}Entity requireEntity(EntityManager em, String code) {
        return findEntity(em, code).orElseThrow(() -> new NotFoundProblem(${moduleClass}Module.ENTITY, code));
    }

    private static Optional<${entity}Entity> findEntity(EntityManager em, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM ${entity}Entity e WHERE e.code = :code", ${entity}Entity.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
