package org.backoffice.partners.impl;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

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
 * Partners on JPA. Each change is one transaction that writes the partner, its audit record and its event
 * ({@link AuditedChanges}), so either all three are stored or none is.
 */
@Component(service = PartnerService.class)
public final class JpaPartnerService implements PartnerService {

    private final JpaTemplate jpa;
    private final AuditedChanges<Partner> changes;

    @Activate
    public JpaPartnerService(@Reference(target = "(osgi.unit.name=backoffice-partners)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events) {
        this.jpa = jpa;
        this.changes = new AuditedChanges<>(audit, events, new PartnerChanges());
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
            return changes.created(em, entity, PartnerEntity::toPartner, PartnersModule.TOPIC_CREATED);
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
        PagedQuery select = PagedQuery.of("PartnerEntity", "p")
                .equal("p.customer", query.role() == PartnerRole.CUSTOMER ? Boolean.TRUE : null)
                .equal("p.supplier", query.role() == PartnerRole.SUPPLIER ? Boolean.TRUE : null)
                .equal("p.active", query.active())
                .where("(LOWER(p.code) LIKE :value ESCAPE '!' OR LOWER(p.name) LIKE :value ESCAPE '!'"
                        + " OR LOWER(p.email) LIKE :value ESCAPE '!')", PagedQuery.containing(query.text()));
        return jpa.txExpr(TransactionType.Required,
                em -> select.page(em, PartnerEntity.class, "p.code", page, PartnerEntity::toPartner));
    }

    @Override
    public Partner update(String code, Partner partner) {
        if (partner.code() != null && !partner.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        changes.requireVersion(code, partner.version(), null);
        PartnerRules.check(partner, false);
        Instant now = Instant.now();
        return write("Partner '" + code + "'", em -> changes.update(em, require(em, code), partner.version(),
                PartnerEntity::toPartner, entity -> entity.apply(partner, now), AuditEntry.UPDATE,
                PartnersModule.TOPIC_UPDATED));
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
        Instant now = Instant.now();
        // activating an active partner changes nothing, so it is neither audited nor announced
        return write("Partner '" + code + "'", em -> changes.change(em, require(em, code), PartnerEntity::toPartner,
                entity -> entity.setActive(active, now), action, PartnersModule.TOPIC_UPDATED));
    }

    private <R> R write(String what, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw PersistenceFailures.translate(e, what);
        }
    }

    private static PartnerEntity require(EntityManager em, String code) {
        return findEntity(em, code).orElseThrow(() -> new NotFoundProblem(PartnersModule.ENTITY, code));
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
}
