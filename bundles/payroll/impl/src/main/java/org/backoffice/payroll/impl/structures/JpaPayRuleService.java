package org.backoffice.payroll.impl.structures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.payroll.api.PayrollModule;
import org.backoffice.payroll.api.rules.PayRuleService;
import org.backoffice.payroll.api.rules.PayStructure;
import org.backoffice.payroll.api.rules.StructureAssignment;
import org.backoffice.payroll.impl.Jpa;
import org.backoffice.payroll.impl.rules.StructureRules;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Structures and assignments on JPA; every save compiles the structure first, so nothing invalid is stored. */
@Component(service = PayRuleService.class)
public final class JpaPayRuleService implements PayRuleService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final StructureStore store = new StructureStore();

    @Activate
    public JpaPayRuleService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public void validate(PayStructure structure) {
        StructureRules.compile(structure);
    }

    @Override
    public PayStructure save(PayStructure structure) {
        StructureRules.compile(structure);
        return Jpa.write(jpa, "the pay structure", em -> {
            StructureEntity existing = store.versions(em, structure.code()).stream()
                    .filter(s -> s.effectiveFrom().equals(structure.effectiveFrom())).findFirst().orElse(null);
            StructureEntity entity;
            String action;
            if (existing == null) {
                entity = new StructureEntity(structure);
                em.persist(entity);
                em.flush();
                action = AuditEntry.CREATE;
            } else {
                if (structure.version() == null) {
                    throw org.backoffice.platform.api.error.ValidationFailedException.of("version",
                            "is required to replace the version effective " + structure.effectiveFrom());
                }
                if (structure.version() != existing.version()) {
                    throw ConflictProblem.staleVersion(PayrollModule.ENTITY_STRUCTURE, structure.code(),
                            structure.version(), existing.version());
                }
                existing.apply(structure);
                em.createQuery("DELETE FROM ComponentEntity c WHERE c.structureId = :id")
                        .setParameter("id", existing.id()).executeUpdate();
                entity = existing;
                action = AuditEntry.UPDATE;
            }
            for (int i = 0; i < structure.components().size(); i++) {
                em.persist(new ComponentEntity(entity.id(), i, structure.components().get(i)));
            }
            if (existing != null) {
                em.lock(entity, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
            audit.record(em, AuditEntry.of(PayrollModule.ID, PayrollModule.ENTITY_STRUCTURE,
                    structure.code() + "@" + structure.effectiveFrom(), action, List.of(new FieldChange("components",
                            null, String.join(",", structure.components().stream().map(c -> c.code()).toList())))));
            return store.toStructure(em, entity);
        });
    }

    @Override
    public Optional<PayStructure> structure(String code, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return Jpa.read(jpa, em -> store.versions(em, code).stream()
                .filter(s -> !s.effectiveFrom().isAfter(day)).reduce((a, b) -> b)
                .map(s -> store.toStructure(em, s)));
    }

    @Override
    public List<PayStructure> versions(String code) {
        return Jpa.read(jpa, em -> store.versions(em, code).stream().map(s -> store.toStructure(em, s)).toList());
    }

    @Override
    public List<PayStructure> structures() {
        return Jpa.read(jpa, em -> em.createQuery("SELECT s FROM StructureEntity s ORDER BY s.code, s.effectiveFrom",
                StructureEntity.class).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(StructureEntity::code, s -> s, (a, b) -> b,
                        java.util.TreeMap::new))
                .values().stream().map(s -> store.toStructure(em, s)).toList());
    }

    @Override
    public StructureAssignment assign(StructureAssignment assignment) {
        Validator v = new Validator();
        v.requiredText("employee", assignment.employee(), 40);
        v.requiredText("structure", assignment.structure(), 30);
        v.required("from", assignment.from());
        if (assignment.from() != null && assignment.to() != null) {
            v.check(!assignment.to().isBefore(assignment.from()), "to", "is before from");
        }
        v.throwIfInvalid();
        return Jpa.write(jpa, "the structure assignment", em -> {
            if (store.versions(em, assignment.structure()).isEmpty()) {
                throw org.backoffice.platform.api.error.ValidationFailedException.of("structure",
                        "unknown pay structure '" + assignment.structure() + "'");
            }
            List<AssignmentEntity> existing = assignments(em, assignment.employee());
            for (AssignmentEntity other : existing) {
                if (!other.from().isBefore(assignment.from())) {
                    throw new ConflictProblem("the employee has an assignment from " + other.from()
                            + "; a new assignment must start after it");
                }
                if (other.to() == null || !other.to().isBefore(assignment.from())) {
                    other.endOn(assignment.from().minusDays(1));
                }
            }
            AssignmentEntity entity = new AssignmentEntity(assignment);
            em.persist(entity);
            em.flush();
            StructureAssignment saved = entity.toAssignment();
            audit.record(em, AuditEntry.of(PayrollModule.ID, PayrollModule.ENTITY_ASSIGNMENT,
                    String.valueOf(saved.id()), AuditEntry.CREATE, List.of(new FieldChange("structure", null,
                            saved.structure() + " from " + saved.from() + " for " + saved.employee()))));
            return saved;
        });
    }

    @Override
    public List<StructureAssignment> assignments(String employee) {
        return Jpa.read(jpa, em -> assignments(em, employee).stream().map(AssignmentEntity::toAssignment).toList());
    }

    private static List<AssignmentEntity> assignments(EntityManager em, String employee) {
        List<AssignmentEntity> list = new java.util.ArrayList<>(em.createQuery(
                "SELECT a FROM AssignmentEntity a WHERE a.employee = :e", AssignmentEntity.class)
                .setParameter("e", employee).getResultList());
        list.sort(Comparator.comparing(AssignmentEntity::from));
        return list;
    }

    static NotFoundProblem notFound(String code) {
        return new NotFoundProblem(PayrollModule.ENTITY_STRUCTURE, code);
    }
}
