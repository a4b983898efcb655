package org.backoffice.logistics.impl.catalog;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.logistics.api.catalog.UnitQuery;
import org.backoffice.logistics.api.catalog.UnitService;
import org.backoffice.logistics.impl.Jpa;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Units of measure on JPA; on activation it adds the seeded units a database does not have yet. */
@Component(service = UnitService.class)
public final class JpaUnitService implements UnitService {

    private static final Logger LOG = Logger.getLogger(JpaUnitService.class.getName());

    private final JpaTemplate jpa;
    private final AuditedChanges<Unit> changes;

    @Activate
    public JpaUnitService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events) {
        this.jpa = jpa;
        this.changes = new AuditedChanges<>(audit, events, new UnitChanges());
        seed();
    }

    /** Adds the missing seeds; a second node seeding at the same moment makes this one's insert fail, which is fine. */
    private void seed() {
        try {
            int added = Jpa.write(jpa, "Units", em -> {
                Set<String> present = new HashSet<>(em.createQuery("SELECT u.code FROM UnitEntity u", String.class)
                        .getResultList());
                Instant now = Instant.now();
                int count = 0;
                for (UnitSeeds.Seed seed : UnitSeeds.ALL) {
                    if (present.add(seed.code())) {
                        em.persist(new UnitEntity(seed.code(), seed.name(), seed.uneceCode(), seed.decimals(), now));
                        count++;
                    }
                }
                return count;
            });
            if (added > 0) {
                LOG.info("Seeded " + added + " units of measure");
            }
        } catch (ConflictProblem e) {
            LOG.info("Units of measure were seeded by another node at the same time: " + e.getMessage());
        }
    }

    @Override
    public Unit create(Unit unit) {
        UnitRules.check(unit, true);
        return Jpa.write(jpa, "Unit '" + unit.code() + "'", em -> {
            if (em.find(UnitEntity.class, unit.code()) != null) {
                throw new ConflictProblem("a unit with code '" + unit.code() + "' already exists",
                        Map.of("field", "code"));
            }
            UnitEntity entity = UnitEntity.create(unit, Instant.now());
            em.persist(entity);
            return changes.created(em, entity, UnitEntity::toUnit, LogisticsModule.TOPIC_UNIT_CREATED);
        });
    }

    @Override
    public Optional<Unit> get(String code) {
        return code == null ? Optional.empty()
                : Jpa.read(jpa, em -> Optional.ofNullable(em.find(UnitEntity.class, code)).map(UnitEntity::toUnit));
    }

    @Override
    public Unit require(String code) {
        return get(code).orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_UNIT, code));
    }

    @Override
    public Page<Unit> find(UnitQuery query, PageRequest page) {
        PagedQuery select = PagedQuery.of("UnitEntity", "u")
                .equal("u.active", query.active())
                .where("(LOWER(u.code) LIKE :value ESCAPE '!' OR LOWER(u.name) LIKE :value ESCAPE '!'"
                        + " OR LOWER(u.uneceCode) LIKE :value ESCAPE '!')", PagedQuery.containing(query.text()));
        return Jpa.read(jpa, em -> select.page(em, UnitEntity.class, "u.code", page, UnitEntity::toUnit));
    }

    @Override
    public Unit update(String code, Unit unit) {
        if (unit.code() != null && !unit.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        changes.requireVersion(code, unit.version(), null);
        UnitRules.check(unit, false);
        Instant now = Instant.now();
        return Jpa.write(jpa, "Unit '" + code + "'", em -> {
            UnitEntity entity = em.find(UnitEntity.class, code);
            if (entity == null) {
                throw new NotFoundProblem(LogisticsModule.ENTITY_UNIT, code);
            }
            changes.requireVersion(code, unit.version(), entity.version());
            if (unit.decimals() != entity.decimals() && inUse(em, code)) {
                throw new ConflictProblem("unit '" + code + "' is a product's unit; its decimals cannot change (its"
                        + " stored quantities were checked against " + entity.decimals() + ")",
                        Map.of("field", "decimals"));
            }
            return changes.change(em, entity, UnitEntity::toUnit, e -> e.apply(unit, now), AuditEntry.UPDATE,
                    LogisticsModule.TOPIC_UNIT_UPDATED);
        });
    }

    /**
     * The stored unit {@code code} names, for a product or conversion to use: unknown or inactive is a 422 on
     * {@code field}; {@code current}, the unit already held, may stay even when inactive.
     */
    static UnitEntity usable(EntityManager em, String field, String code, UnitEntity current) {
        if (current != null && current.code().equals(code)) {
            return current;
        }
        UnitEntity unit = code == null ? null : em.find(UnitEntity.class, code);
        if (unit == null) {
            throw ValidationFailedException.of(field, "unknown unit '" + code + "'; the units are listed at"
                    + " /api/logistics/units");
        }
        if (!unit.active()) {
            throw ValidationFailedException.of(field, "unit '" + code + "' is inactive");
        }
        return unit;
    }

    private static boolean inUse(EntityManager em, String code) {
        return !em.createQuery("SELECT p.id FROM ProductEntity p WHERE p.uom.code = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT c.id FROM ProductUnitEntity c WHERE c.unit = :code", Long.class)
                        .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }
}
