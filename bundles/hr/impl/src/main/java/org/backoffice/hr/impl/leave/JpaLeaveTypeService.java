package org.backoffice.hr.impl.leave;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.api.leave.LeaveTypeService;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Leave types on JPA (HR_LEAVE_TYPE), audited; the REST resource restricts writes to hr-manager. */
@Component(service = LeaveTypeService.class)
public final class JpaLeaveTypeService implements LeaveTypeService {

    private final JpaTemplate jpa;
    private final AuditedChanges<LeaveType> changes;

    @Activate
    public JpaLeaveTypeService(@Reference(target = "(osgi.unit.name=backoffice-hr)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events) {
        this.jpa = jpa;
        this.changes = new AuditedChanges<>(audit, events, new LeaveTypeChanges());
    }

    @Override
    public List<LeaveType> list() {
        return UnitTransactions.read(jpa, JpaLeaveTypeService::all);
    }

    static List<LeaveType> all(EntityManager em) {
        return em.createQuery("SELECT t FROM LeaveTypeEntity t ORDER BY t.code", LeaveTypeEntity.class)
                .getResultStream().map(LeaveTypeEntity::toType).toList();
    }

    @Override
    public LeaveType require(String code) {
        return UnitTransactions.read(jpa, em -> entity(em, code).toType());
    }

    static LeaveTypeEntity entity(EntityManager em, String code) {
        LeaveTypeEntity e = code == null ? null : em.find(LeaveTypeEntity.class, code);
        if (e == null) {
            throw new NotFoundProblem(HrModule.ENTITY_LEAVE_TYPE, code);
        }
        return e;
    }

    /** The leave type a request, an adjustment or a closed period names; an unknown one is a 422 on {@code type}. */
    static LeaveType known(EntityManager em, String code) {
        LeaveTypeEntity t = code == null ? null : em.find(LeaveTypeEntity.class, code);
        if (t == null) {
            throw ValidationFailedException.of("type", "unknown leave type '" + code + "'");
        }
        return t.toType();
    }

    @Override
    public LeaveType create(LeaveType type) {
        LeaveTypeRules.check(type, true);
        LeaveType normalised = LeaveTypeRules.normalised(type);
        return UnitTransactions.write(jpa, "Leave type '" + type.code() + "'", em -> {
            if (em.find(LeaveTypeEntity.class, type.code()) != null) {
                throw new ConflictProblem("a leave type with code '" + type.code() + "' already exists",
                        Map.of("field", "code"));
            }
            LeaveTypeEntity entity = LeaveTypeEntity.create(normalised);
            em.persist(entity);
            return changes.created(em, entity, LeaveTypeEntity::toType, null);
        });
    }

    @Override
    public LeaveType update(String code, LeaveType type) {
        if (type.code() != null && !type.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        changes.requireVersion(code, type.version(), null);
        LeaveTypeRules.check(type, false);
        LeaveType normalised = LeaveTypeRules.normalised(type);
        return UnitTransactions.write(jpa, "Leave type '" + code + "'", em -> changes.update(em, entity(em, code),
                type.version(), LeaveTypeEntity::toType, e -> e.apply(normalised), AuditEntry.UPDATE, null));
    }
}
