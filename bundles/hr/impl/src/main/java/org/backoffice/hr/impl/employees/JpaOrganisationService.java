package org.backoffice.hr.impl.employees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Department;
import org.backoffice.hr.api.employees.EmployeeStatus;
import org.backoffice.hr.api.employees.OrgUnit;
import org.backoffice.hr.api.employees.OrganisationService;
import org.backoffice.hr.api.employees.Position;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Departments, positions and the org chart on JPA; changes audited (entities Department, Position). */
@Component(service = OrganisationService.class)
public final class JpaOrganisationService implements OrganisationService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final Employments employments;

    @Activate
    public JpaOrganisationService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference Employments employments) {
        this.jpa = jpa;
        this.audit = audit;
        this.employments = employments;
    }

    @Override
    public Department createDepartment(Department department) {
        requireManager();
        EmployeeRules.department(department, true).throwIfInvalid();
        return Jpa.write(jpa, "Department '" + department.code() + "'", em -> {
            if (EmployeeStore.department(em, department.code()).isPresent()) {
                throw new ConflictProblem("a department with code '" + department.code() + "' already exists",
                        Map.of("field", "code"));
            }
            DepartmentEntity entity = new DepartmentEntity(department.code().strip());
            Refs refs = departmentRefs(em, department, null);
            entity.set(department.name().strip(), refs.parentId, refs.headId);
            em.persist(entity);
            em.flush();
            Department created = view(em, entity);
            audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_DEPARTMENT, created.code(),
                    AuditEntry.CREATE, new ChangeSet().created("name", created.name())
                            .created("parent", created.parent()).created("head", created.head()).changes()));
            return created;
        });
    }

    @Override
    public Department updateDepartment(String code, Department department) {
        requireManager();
        if (department.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        EmployeeRules.department(department, false).throwIfInvalid();
        return Jpa.write(jpa, "Department '" + code + "'", em -> {
            DepartmentEntity entity = EmployeeStore.department(em, code)
                    .orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_DEPARTMENT, code));
            if (entity.version() != department.version()) {
                throw ConflictProblem.staleVersion(HrModule.ENTITY_DEPARTMENT, code, department.version(),
                        entity.version());
            }
            Department before = view(em, entity);
            Refs refs = departmentRefs(em, department, entity);
            entity.set(department.name().strip(), refs.parentId, refs.headId);
            em.flush();
            Department after = view(em, entity);
            var changed = new ChangeSet().compare("name", before.name(), after.name())
                    .compare("parent", before.parent(), after.parent())
                    .compare("head", before.head(), after.head()).changes();
            if (!changed.isEmpty()) {
                audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_DEPARTMENT, code, AuditEntry.UPDATE,
                        changed));
            }
            return after;
        });
    }

    /** Parent and head resolved; a parent at or below the department itself is a cycle (422). */
    private static Refs departmentRefs(EntityManager em, Department department, DepartmentEntity self) {
        Validator v = new Validator();
        Long parentId = null;
        Long headId = null;
        if (department.parent() != null && !department.parent().isBlank()) {
            DepartmentEntity parent = EmployeeStore.department(em, department.parent()).orElse(null);
            if (v.check(parent != null, "parent", "unknown department '" + department.parent() + "'")) {
                parentId = parent.id();
                if (self != null) {
                    v.check(!EmployeeStore.departmentTree(em, self.id()).contains(parent.id()), "parent",
                            "'" + parent.code() + "' is '" + self.code()
                                    + "' itself or below it: the department tree would be a cycle");
                }
            }
        }
        if (department.head() != null && !department.head().isBlank()) {
            EmployeeEntity head = EmployeeStore.byNumber(em, department.head()).orElse(null);
            if (v.check(head != null, "head", "unknown employee '" + department.head() + "'")) {
                headId = head.id();
            }
        }
        v.throwIfInvalid();
        return new Refs(parentId, headId);
    }

    @Override
    public Optional<Department> department(String code) {
        requireViewer();
        return Jpa.read(jpa, em -> EmployeeStore.department(em, code).map(d -> view(em, d)));
    }

    @Override
    public Page<Department> departments(String text, PageRequest page) {
        requireViewer();
        return Jpa.read(jpa, em -> PagedQuery.of("DepartmentEntity", "d")
                .where("(LOWER(d.code) LIKE :value ESCAPE '!' OR LOWER(d.name) LIKE :value ESCAPE '!')",
                        PagedQuery.containing(text))
                .page(em, DepartmentEntity.class, "d.code", page, d -> view(em, d)));
    }

    @Override
    public Position createPosition(Position position) {
        requireManager();
        EmployeeRules.position(position, true).throwIfInvalid();
        return Jpa.write(jpa, "Position '" + position.code() + "'", em -> {
            if (EmployeeStore.position(em, position.code()).isPresent()) {
                throw new ConflictProblem("a position with code '" + position.code() + "' already exists",
                        Map.of("field", "code"));
            }
            PositionEntity entity = new PositionEntity(position.code().strip());
            entity.set(position.title().strip(), departmentOf(em, position),
                    position.plannedHeadcount() == null ? 0 : position.plannedHeadcount());
            em.persist(entity);
            em.flush();
            Position created = view(em, entity);
            audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_POSITION, created.code(), AuditEntry.CREATE,
                    new ChangeSet().created("title", created.title()).created("department", created.department())
                            .created("plannedHeadcount", created.plannedHeadcount()).changes()));
            return created;
        });
    }

    @Override
    public Position updatePosition(String code, Position position) {
        requireManager();
        if (position.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        EmployeeRules.position(position, false).throwIfInvalid();
        return Jpa.write(jpa, "Position '" + code + "'", em -> {
            PositionEntity entity = EmployeeStore.position(em, code)
                    .orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_POSITION, code));
            if (entity.version() != position.version()) {
                throw ConflictProblem.staleVersion(HrModule.ENTITY_POSITION, code, position.version(),
                        entity.version());
            }
            Position before = view(em, entity);
            entity.set(position.title().strip(), departmentOf(em, position),
                    position.plannedHeadcount() == null ? 0 : position.plannedHeadcount());
            em.flush();
            Position after = view(em, entity);
            var changed = new ChangeSet().compare("title", before.title(), after.title())
                    .compare("department", before.department(), after.department())
                    .compare("plannedHeadcount", before.plannedHeadcount(), after.plannedHeadcount()).changes();
            if (!changed.isEmpty()) {
                audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_POSITION, code, AuditEntry.UPDATE,
                        changed));
            }
            return after;
        });
    }

    private static Long departmentOf(EntityManager em, Position position) {
        if (position.department() == null || position.department().isBlank()) {
            return null;
        }
        return EmployeeStore.department(em, position.department()).map(DepartmentEntity::id).orElseThrow(
                () -> ValidationFailedException.of("department", "unknown department '" + position.department()
                        + "'"));
    }

    @Override
    public Optional<Position> position(String code) {
        requireViewer();
        return Jpa.read(jpa, em -> EmployeeStore.position(em, code).map(p -> view(em, p)));
    }

    @Override
    public Page<Position> positions(String department, PageRequest page) {
        requireViewer();
        return Jpa.read(jpa, em -> {
            PagedQuery select = PagedQuery.of("PositionEntity", "p");
            if (department != null && !department.isBlank()) {
                select.equal("p.departmentId", EmployeeStore.department(em, department).map(DepartmentEntity::id)
                        .orElseThrow(() -> ValidationFailedException.of("department", "unknown department '"
                                + department + "'")));
            }
            return select.page(em, PositionEntity.class, "p.code", page, p -> view(em, p));
        });
    }

    @Override
    public List<OrgUnit> orgChart() {
        requireViewer();
        return Jpa.read(jpa, em -> {
            List<DepartmentEntity> departments = em.createQuery("SELECT d FROM DepartmentEntity d ORDER BY d.code",
                    DepartmentEntity.class).getResultList();
            Map<Long, Integer> planned = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT p.departmentId, SUM(p.plannedHeadcount) FROM PositionEntity p"
                    + " WHERE p.departmentId IS NOT NULL GROUP BY p.departmentId", Object[].class).getResultList()) {
                planned.put((Long) row[0], ((Number) row[1]).intValue());
            }
            Map<Long, Integer> actual = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT e.departmentId, COUNT(e) FROM EmployeeEntity e"
                    + " WHERE e.departmentId IS NOT NULL AND e.status <> :t GROUP BY e.departmentId", Object[].class)
                    .setParameter("t", EmployeeStatus.TERMINATED).getResultList()) {
                actual.put((Long) row[0], ((Number) row[1]).intValue());
            }
            Map<Long, List<DepartmentEntity>> children = new HashMap<>();
            List<DepartmentEntity> roots = new ArrayList<>();
            for (DepartmentEntity d : departments) {
                if (d.parentId() == null) {
                    roots.add(d);
                } else {
                    children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d);
                }
            }
            return roots.stream().map(d -> unit(em, d, children, planned, actual, 0)).toList();
        });
    }

    private static OrgUnit unit(EntityManager em, DepartmentEntity d, Map<Long, List<DepartmentEntity>> children,
            Map<Long, Integer> planned, Map<Long, Integer> actual, int depth) {
        EmployeeEntity head = d.headId() == null ? null : em.find(EmployeeEntity.class, d.headId());
        List<OrgUnit> below = depth > 100 ? List.of() : children.getOrDefault(d.id(), List.of()).stream()
                .sorted(Comparator.comparing(DepartmentEntity::code))
                .map(c -> unit(em, c, children, planned, actual, depth + 1)).toList();
        return new OrgUnit(d.code(), d.name(), head == null ? null : head.number(),
                head == null ? null : head.displayName(), planned.getOrDefault(d.id(), 0),
                actual.getOrDefault(d.id(), 0), below);
    }

    private static Department view(EntityManager em, DepartmentEntity d) {
        return new Department(d.code(), d.name(), EmployeeStore.departmentCode(em, d.parentId()),
                EmployeeStore.employeeNumber(em, d.headId()), d.version());
    }

    private static Position view(EntityManager em, PositionEntity p) {
        return new Position(p.code(), p.title(), EmployeeStore.departmentCode(em, p.departmentId()),
                p.plannedHeadcount(), p.version());
    }

    private void requireManager() {
        if (!HrCaller.current(employments).manager()) {
            throw new NotFoundProblem(HrModule.ENTITY_DEPARTMENT, "(hr-manager only)");
        }
    }

    private void requireViewer() {
        if (!HrCaller.current(employments).viewer()) {
            throw new NotFoundProblem(HrModule.ENTITY_DEPARTMENT, "(hr roles only)");
        }
    }

    private record Refs(Long parentId, Long headId) {
    }
}
