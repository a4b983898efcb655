package ${package}.impl;

import java.time.Instant;
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
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.backoffice.platform.support.jpa.PersistenceFailures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * ${entity}s on JPA. Each change is one short transaction that writes the record, its audit record and its event
 * ({@link AuditedChanges}), so either all three are stored or none is.
 */
@Component(service = ${entity}Service.class)
public final class Jpa${entity}Service implements ${entity}Service {

    private final JpaTemplate jpa;
    private final AuditedChanges<${entity}> changes;

    @Activate
    public Jpa${entity}Service(@Reference(target = "(osgi.unit.name=backoffice-${moduleId})") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events) {
        this.jpa = jpa;
        this.changes = new AuditedChanges<>(audit, events, new ${entity}Changes());
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
            return changes.created(em, entity, ${entity}Entity::to${entity}, ${moduleClass}Module.TOPIC_CREATED);
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
        PagedQuery select = PagedQuery.of("${entity}Entity", "e")
                .where("(LOWER(e.code) LIKE :value ESCAPE '!' OR LOWER(e.name) LIKE :value ESCAPE '!')",
                        PagedQuery.containing(text));
        return jpa.txExpr(TransactionType.Required,
                em -> select.page(em, ${entity}Entity.class, "e.code", page, ${entity}Entity::to${entity}));
    }

    @Override
    public ${entity} update(String code, ${entity} values) {
        if (values.code() != null && !values.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        changes.requireVersion(code, values.version(), null);
        ${entity}Rules.check(values, false);
        Instant now = Instant.now();
        return write(code, em -> changes.update(em, requireEntity(em, code), values.version(),
                ${entity}Entity::to${entity}, entity -> entity.apply(values, now), AuditEntry.UPDATE,
                ${moduleClass}Module.TOPIC_UPDATED));
    }

    @Override
    public void delete(String code) {
        write(code, em -> {
            ${entity}Entity entity = requireEntity(em, code);
            ${entity} before = entity.to${entity}();
            em.remove(entity);
            changes.record(em, before, AuditEntry.DELETE, ${entity}Changes.between(before, ${entity}Changes.NONE),
                    ${moduleClass}Module.TOPIC_DELETED);
            return null;
        });
    }

    /** Runs one write transaction; a concurrent change or a unique-key race at commit is a 409, not a 500. */
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
}
