package org.backoffice.hr.impl.employees;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.platform.api.calendar.CalendarService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Employees as leave and training read them; see {@link Employments}. */
@Component(service = Employments.class)
public final class JpaEmployments implements Employments {

    private final JpaTemplate jpa;

    @Activate
    public JpaEmployments(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Employment> of(String number, LocalDate asOf) {
        return Jpa.read(jpa, em -> EmployeeStore.byNumber(em, number).map(e -> employment(em, e, asOf)));
    }

    @Override
    public Optional<Employment> of(long employeeId, LocalDate asOf) {
        return Jpa.read(jpa, em -> Optional.ofNullable(em.find(EmployeeEntity.class, employeeId))
                .map(e -> employment(em, e, asOf)));
    }

    @Override
    public List<Employment> employedBetween(LocalDate from, LocalDate to) {
        return Jpa.read(jpa, em -> {
            Map<Long, AssignmentEntity> assignments = EmployeeStore.assignmentsOn(em, to);
            return em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.hireDate <= :to AND"
                    + " (e.terminationDate IS NULL OR e.terminationDate >= :from) ORDER BY e.number",
                    EmployeeEntity.class).setParameter("from", from).setParameter("to", to).getResultList().stream()
                    .map(e -> employment(e, assignments.get(e.id()))).toList();
        });
    }

    @Override
    public Optional<Employment> employeeOfUser(String user) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now();
        return Jpa.read(jpa, em -> EmployeeStore.byUser(em, user).map(e -> employment(em, e, today)));
    }

    @Override
    public boolean manages(long managerId, long employeeId, LocalDate asOf) {
        return Jpa.read(jpa, em -> EmployeeStore.manages(em, managerId, employeeId, asOf));
    }

    @Override
    public List<Employment> inDepartment(long departmentId, boolean withChildren, LocalDate asOf) {
        return Jpa.read(jpa, em -> {
            Set<Long> departments = new HashSet<>(withChildren ? EmployeeStore.departmentTree(em, departmentId)
                    : List.of(departmentId));
            Map<Long, AssignmentEntity> assignments = EmployeeStore.assignmentsOn(em, asOf);
            return em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.hireDate <= :d AND"
                    + " (e.terminationDate IS NULL OR e.terminationDate >= :d) ORDER BY e.number",
                    EmployeeEntity.class).setParameter("d", asOf).getResultList().stream()
                    .filter(e -> {
                        AssignmentEntity a = assignments.get(e.id());
                        return a != null && a.departmentId() != null && departments.contains(a.departmentId());
                    })
                    .map(e -> employment(e, assignments.get(e.id()))).toList();
        });
    }

    @Override
    public List<Long> departmentTree(long departmentId) {
        return Jpa.read(jpa, em -> EmployeeStore.departmentTree(em, departmentId));
    }

    @Override
    public Optional<Long> departmentId(String code) {
        return Jpa.read(jpa, em -> EmployeeStore.department(em, code).map(DepartmentEntity::id));
    }

    @Override
    public Optional<Long> positionId(String code) {
        return Jpa.read(jpa, em -> EmployeeStore.position(em, code).map(PositionEntity::id));
    }

    private static Employment employment(EntityManager em, EmployeeEntity e, LocalDate asOf) {
        LocalDate day = asOf == null || asOf.isBefore(e.hireDate()) ? e.hireDate() : asOf;
        return employment(e, EmployeeStore.assignmentOn(em, e.id(), day).orElse(null));
    }

    private static Employment employment(EmployeeEntity e, AssignmentEntity a) {
        String calendar = a == null || a.calendar() == null ? CalendarService.DEFAULT : a.calendar();
        return new Employment(e.id(), e.number(), e.displayName(), e.user(), e.hireDate(), e.terminationDate(),
                calendar, a == null ? null : a.departmentId(), a == null ? null : a.positionId(),
                a == null ? null : a.managerId());
    }
}
