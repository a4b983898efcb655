package org.backoffice.hr.impl.employees;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.platform.api.error.NotFoundProblem;

/** The queries the employee services share, all in the caller's transaction. */
final class EmployeeStore {

    private EmployeeStore() {
    }

    static Optional<EmployeeEntity> byNumber(EntityManager em, String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.number = :n", EmployeeEntity.class)
                .setParameter("n", number.strip()).getResultStream().findFirst();
    }

    static EmployeeEntity require(EntityManager em, String number) {
        return byNumber(em, number).orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, number));
    }

    static Optional<EmployeeEntity> byUser(EntityManager em, String user) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.user = :u", EmployeeEntity.class)
                .setParameter("u", user).getResultStream().findFirst();
    }

    static Optional<DepartmentEntity> department(EntityManager em, String code) {
        return byCode(em, DepartmentEntity.class, code);
    }

    static Optional<PositionEntity> position(EntityManager em, String code) {
        return byCode(em, PositionEntity.class, code);
    }

    /** The department or position with {@code code} (stripped); none for a blank code. */
    private static <T extends CodedRow> Optional<T> byCode(EntityManager em, Class<T> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.code = :c", type)
                .setParameter("c", code.strip()).getResultStream().findFirst();
    }

    /** The assignment in force on {@code date}: the latest one on or before it; before hire, none. */
    static Optional<AssignmentEntity> assignmentOn(EntityManager em, long employeeId, LocalDate date) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.employeeId = :e AND a.effectiveFrom <= :d"
                + " ORDER BY a.effectiveFrom DESC", AssignmentEntity.class)
                .setParameter("e", employeeId).setParameter("d", date).setMaxResults(1)
                .getResultStream().findFirst();
    }

    static List<AssignmentEntity> assignments(EntityManager em, long employeeId) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.employeeId = :e ORDER BY a.effectiveFrom",
                AssignmentEntity.class).setParameter("e", employeeId).getResultList();
    }

    /** Every employee's assignment in force on {@code date}, by employee id (one query). */
    static Map<Long, AssignmentEntity> assignmentsOn(EntityManager em, LocalDate date) {
        Map<Long, AssignmentEntity> byEmployee = new HashMap<>();
        for (AssignmentEntity a : em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.effectiveFrom <= :d"
                + " ORDER BY a.employeeId, a.effectiveFrom", AssignmentEntity.class)
                .setParameter("d", date).getResultList()) {
            byEmployee.put(a.employeeId(), a);
        }
        return byEmployee;
    }

    static List<ContractEntity> contracts(EntityManager em, long employeeId) {
        return em.createQuery("SELECT c FROM ContractEntity c WHERE c.employeeId = :e ORDER BY c.start",
                ContractEntity.class).setParameter("e", employeeId).getResultList();
    }

    /** The employee with organisation values in force on {@code date} (before hire: those of the hire day). */
    static Employee view(EntityManager em, EmployeeEntity e, LocalDate date) {
        LocalDate day = date.isBefore(e.hireDate()) ? e.hireDate() : date;
        AssignmentEntity a = assignmentOn(em, e.id(), day).orElse(null);
        if (a == null) {
            return e.toEmployee(null, null, null, null);
        }
        return e.toEmployee(departmentCode(em, a.departmentId()), positionCode(em, a.positionId()),
                employeeNumber(em, a.managerId()), a.calendar());
    }

    /** The employee with today's (denormalised) organisation values, for lists. */
    static Employee current(EntityManager em, EmployeeEntity e) {
        return e.toEmployee(departmentCode(em, e.departmentId()), positionCode(em, e.positionId()),
                employeeNumber(em, e.managerId()), e.calendar());
    }

    static String departmentCode(EntityManager em, Long id) {
        DepartmentEntity d = id == null ? null : em.find(DepartmentEntity.class, id);
        return d == null ? null : d.code();
    }

    static String positionCode(EntityManager em, Long id) {
        PositionEntity p = id == null ? null : em.find(PositionEntity.class, id);
        return p == null ? null : p.code();
    }

    static String employeeNumber(EntityManager em, Long id) {
        EmployeeEntity e = id == null ? null : em.find(EmployeeEntity.class, id);
        return e == null ? null : e.number();
    }

    /** The ids of {@code departmentId} and every department below it. */
    static List<Long> departmentTree(EntityManager em, long departmentId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT d.id, d.parentId FROM DepartmentEntity d", Object[].class)
                .getResultList()) {
            if (row[1] != null) {
                children.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add((Long) row[0]);
            }
        }
        List<Long> tree = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(departmentId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (seen.add(id)) {
                tree.add(id);
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return tree;
    }

    /** Whether {@code managerId} is above {@code employeeId} in the reporting line on {@code date}. */
    static boolean manages(EntityManager em, long managerId, long employeeId, LocalDate date) {
        Set<Long> seen = new HashSet<>();
        Long current = employeeId;
        while (current != null && seen.add(current)) {
            Long above = assignmentOn(em, current, date).map(AssignmentEntity::managerId).orElse(null);
            if (above != null && above == managerId) {
                return true;
            }
            current = above;
        }
        return false;
    }
}
