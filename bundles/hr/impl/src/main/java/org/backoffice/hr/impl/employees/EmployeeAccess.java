package org.backoffice.hr.impl.employees;

import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.NotFoundProblem;

/** Who calls and what they may see of an employee: the checks every employee operation shares. */
final class EmployeeAccess {

    /** The audit action of a read of an employee's personal fields. */
    static final String READ_PERSONAL = "READ_PERSONAL";

    private final Employments employments;
    private final AuditTrail audit;

    EmployeeAccess(Employments employments, AuditTrail audit) {
        this.employments = employments;
        this.audit = audit;
    }

    HrCaller caller() {
        return HrCaller.current(employments);
    }

    void requireManager() {
        if (!caller().manager()) {
            throw new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, "(hr-manager only)");
        }
    }

    static boolean visible(HrCaller caller, EmployeeEntity e) {
        return caller.viewer() || caller.isSelf(e.id());
    }

    static EmployeeEntity visibleOrThrow(EntityManager em, HrCaller caller, String number) {
        return EmployeeStore.byNumber(em, number).filter(e -> visible(caller, e))
                .orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, number));
    }

    /** The record as the caller may see it; showing personal fields is audited. */
    Employee shown(EntityManager em, HrCaller caller, EmployeeEntity e, Employee employee) {
        if (!caller.seesPersonal(e.id())) {
            return employee.withoutPersonalFields();
        }
        auditRead(em, e, "employee record");
        return employee;
    }

    void auditRead(EntityManager em, EmployeeEntity e, String what) {
        audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_EMPLOYEE, e.number(), READ_PERSONAL,
                List.of(new FieldChange("read", null, what))));
    }
}
