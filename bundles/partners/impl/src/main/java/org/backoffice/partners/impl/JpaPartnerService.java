package org.backoffice.partners.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerQuery;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.partners.api.PartnersModule;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Partners on JPA. Each change is one transaction that writes the partner, its audit record and its event, so either
 * all three are stored or none is.
 */
@Component(service = PartnerService.class)
public final class JpaPartnerService implements PartnerService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;

    @Activate
    public JpaPartnerService(@Reference(target = "(osgi.unit.name=backoffice-partners)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public Partner create(Partner partner) {
        PartnerRules.check(partner, true);
        return write("Partner '" + partner.code() + "'", em -> {
            if (findEntity(em, partner.code()).isPresent()) {
                throw new ConflictProblem("a partner with code '" + partner.code() + "' already exists",
                        Map.of("field", "code"));
            }
            PartnerEntity entity = PartnerEntity.create(partner, Instant.now());
            em.persist(entity);
            em.flush();
            Partner created = entity.toPartner();
            List<FieldChange> changes = PartnerChanges.created(created);
            record(em, created, AuditEntry.CREATE, changes, PartnersModule.TOPIC_CREATED);
            return created;
        });
    }

    @Override
    public Optional<Partner> get(String code) {
        return jpa.txExpr(TransactionType.Required, em -> findEntity(em, code).map(PartnerEntity::toPartner));
    }

    @Override
    public Partner require(String code) {
        return get(code).orElseThrow(() -> new NotFoundProblem(PartnersModule.ENTITY, code));
    }

    @Override
    public Page<Partner> find(PartnerQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.role() == PartnerRole.CUSTOMER) {
            conditions.add("p.customer = TRUE");
        } else if (query.role() == PartnerRole.SUPPLIER) {
            conditions.add("p.supplier = TRUE");
        }
        if (query.active() != null) {
            conditions.add("p.active = :active");
            parameters.put("active", query.active());
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(LOWER(p.code) LIKE :text ESCAPE '!' OR LOWER(p.name) LIKE :text ESCAPE '!'"
                    + " OR LOWER(p.email) LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM PartnerEntity p" + where, Long.class);
            TypedQuery<PartnerEntity> select = em.createQuery(
                    "SELECT p FROM PartnerEntity p" + where + " ORDER BY p.code", PartnerEntity.class);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                select.setParameter(name, value);
            });
            long total = count.getSingleResult();
            List<Partner> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(PartnerEntity::toPartner).toList();
            return Page.of(items, total, page);
        });
    }

    @Override
    public Partner update(String code, Partner partner) {
        if (partner.code() != null && !partner.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        if (partner.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        PartnerRules.check(partner, false);
        return write("Partner '" + code + "'", em -> {
            PartnerEntity entity = findEntity(em, code)
                    .orElseThrow(() -> new NotFoundProblem(PartnersModule.ENTITY, code));
            if (entity.version() != partner.version()) {
                throw ConflictProblem.staleVersion(PartnersModule.ENTITY, code, partner.version(), entity.version());
            }
            Partner before = entity.toPartner();
            entity.apply(partner, Instant.now());
            return recordUpdate(em, entity, before, AuditEntry.UPDATE);
        });
    }

    @Override
    public Partner deactivate(String code) {
        return setActive(code, false, "DEACTIVATE");
    }

    @Override
    public Partner activate(String code) {
        return setActive(code, true, "ACTIVATE");
    }

    private Partner setActive(String code, boolean active, String action) {
        return write("Partner '" + code + "'", em -> {
            PartnerEntity entity = findEntity(em, code)
                    .orElseThrow(() -> new NotFoundProblem(PartnersModule.ENTITY, code));
            Partner before = entity.toPartner();
            if (before.active() == active) {
                return before; // nothing to change, nothing to audit
            }
            entity.setActive(active, Instant.now());
            return recordUpdate(em, entity, before, action);
        });
    }

    private Partner recordUpdate(EntityManager em, PartnerEntity entity, Partner before, String action) {
        em.flush(); // assigns the new version
        Partner after = entity.toPartner();
        List<FieldChange> changes = PartnerChanges.between(before, after);
        if (!changes.isEmpty()) {
            record(em, after, action, changes, PartnersModule.TOPIC_UPDATED);
        }
        return after;
    }

    private void record(EntityManager em, Partner partner, String action, List<FieldChange> changes, String topic) {
        audit.record(em, AuditEntry.of(PartnersModule.ID, PartnersModule.ENTITY, partner.code(), action, changes));
        // last step of the transaction: the event log's sequence row stays locked until commit
        Map<String, Object> payload = new HashMap<>(PartnerChanges.payload(partner, changes));
        payload.put("action", action);
        events.append(em, topic, partner.code(), payload);
    }

    private <R> R write(String what, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw PersistenceFailures.translate(e, what);
        }
    }

    private static Optional<PartnerEntity> findEntity(EntityManager em, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM PartnerEntity p WHERE p.code = :code", PartnerEntity.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
