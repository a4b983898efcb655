package org.backoffice.hr.impl.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.backoffice.hr.api.employees.EmployeeChange;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.Validator;

/** Resolving and writing an employee's organisation: department, position, manager (no cycles) and calendar. */
final class EmployeeAssignments {

    private EmployeeAssignments() {
    }

    /**
     * Writes the assignment from {@code change.effectiveFrom()}: values not given are those in force that day; a row
     * of the same day is replaced, later rows stay (they are changes of their own).
     */
    static void assign(EntityManager em, EmployeeEntity entity, EmployeeChange change, Instant now) {
        LocalDate day = change.effectiveFrom();
        AssignmentEntity inForce = EmployeeStore.assignmentOn(em, entity.id(), day).orElse(null);
        Long department = inForce == null ? null : inForce.departmentId();
        Long position = inForce == null ? null : inForce.positionId();
        Long manager = inForce == null ? null : inForce.managerId();
        String calendar = inForce == null ? null : inForce.calendar();
        Organisation org = organisation(em, blankToNull(change.department()), blankToNull(change.position()),
                blankToNull(change.manager()), entity, day);
        if (change.department() != null) {
            department = org.departmentId;
        }
        if (change.position() != null) {
            position = org.positionId;
        }
        if (change.manager() != null) {
            manager = org.managerId;
        }
        if (change.calendar() != null) {
            calendar = blankToNull(change.calendar());
        }
        if (inForce != null && Objects.equals(department, inForce.departmentId())
                && Objects.equals(position, inForce.positionId()) && Objects.equals(manager, inForce.managerId())
                && Objects.equals(calendar, inForce.calendar())) {
            return;
        }
        if (inForce != null && inForce.effectiveFrom().equals(day)) {
            inForce.set(department, position, manager, calendar, now, Actor.currentUser());
        } else {
            em.persist(new AssignmentEntity(entity.id(), day, "ASSIGNMENT", department, position, manager, calendar,
                    now, Actor.currentUser()));
        }
        em.flush();
        LocalDate today = LocalDate.now();
        entity.current(EmployeeStore.assignmentOn(em, entity.id(), today.isBefore(entity.hireDate())
                ? entity.hireDate() : today).orElse(null), now);
    }

    static void requireFreeUser(EntityManager em, String user, Long self) {
        Optional<EmployeeEntity> holder = EmployeeStore.byUser(em, blankToNull(user));
        if (holder.isPresent() && !holder.get().id().equals(self)) {
            throw new ConflictProblem("user '" + user + "' is linked to employee '" + holder.get().number() + "'",
                    Map.of("field", "user"));
        }
    }

    /** Department, position and manager resolved to ids; unknown ones and reporting-line cycles are a 422. */
    static Organisation organisation(EntityManager em, String department, String position, String manager,
            EmployeeEntity self, LocalDate day) {
        Validator v = new Validator();
        Long departmentId = null;
        Long positionId = null;
        Long managerId = null;
        if (department != null) {
            departmentId = EmployeeStore.department(em, department).map(DepartmentEntity::id).orElse(null);
            v.check(departmentId != null, "department", "unknown department '" + department + "'");
        }
        if (position != null) {
            positionId = EmployeeStore.position(em, position).map(PositionEntity::id).orElse(null);
            v.check(positionId != null, "position", "unknown position '" + position + "'");
        }
        if (manager != null) {
            EmployeeEntity m = EmployeeStore.byNumber(em, manager).orElse(null);
            if (v.check(m != null, "manager", "unknown employee '" + manager + "'")) {
                managerId = m.id();
                if (self != null) {
                    v.check(!m.id().equals(self.id()), "manager", "an employee cannot be their own manager");
                    v.check(m.id().equals(self.id()) || !EmployeeStore.manages(em, self.id(), m.id(), day),
                            "manager", "'" + manager + "' reports to '" + self.number()
                                    + "': the reporting line would be a cycle");
                }
            }
        }
        v.throwIfInvalid();
        return new Organisation(departmentId, positionId, managerId);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record Organisation(Long departmentId, Long positionId, Long managerId) {
    }
}
