package org.backoffice.hr.impl.leave;

import java.time.LocalDate;

import javax.persistence.EntityManager;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.error.NotFoundProblem;

/**
 * Who may see and do what with an employee's leave: HR (manager and viewer), the employee, and their managers up the
 * line; anyone else gets a 404, so ids cannot be probed.
 */
final class LeaveAccess {

    static final String EMPLOYEE = "Employee";

    private final Employments employments;

    LeaveAccess(Employments employments) {
        this.employments = employments;
    }

    HrCaller caller() {
        return HrCaller.current(employments);
    }

    boolean managesIt(HrCaller caller, long employeeId) {
        return caller.employeeId() != null && caller.employeeId() != employeeId
                && employments.manages(caller.employeeId(), employeeId, LocalDate.now());
    }

    boolean sees(HrCaller caller, long employeeId) {
        return caller.viewer() || caller.isSelf(employeeId) || managesIt(caller, employeeId);
    }

    private boolean seesReason(HrCaller caller, long employeeId) {
        return caller.manager() || caller.isSelf(employeeId) || managesIt(caller, employeeId);
    }

    /** The employee {@code number} if the caller may see their leave, else a 404. */
    Employment visible(HrCaller caller, String number) {
        Employment e = number == null ? null : employments.of(number, LocalDate.now()).orElse(null);
        if (e == null || !sees(caller, e.employeeId())) {
            throw new NotFoundProblem(EMPLOYEE, number);
        }
        return e;
    }

    /** The request {@code id} if the caller may see it, else a 404. */
    LeaveRequestEntity visibleRequest(EntityManager em, HrCaller caller, long id) {
        LeaveRequestEntity r = em.find(LeaveRequestEntity.class, id);
        if (r == null || !sees(caller, r.employeeId())) {
            throw hiddenRequest(id);
        }
        return r;
    }

    /** A request as the caller may see it. */
    LeaveRequest shown(HrCaller caller, LeaveRequestEntity r) {
        return r.toRequest(seesReason(caller, r.employeeId()));
    }

    /** HR decides every request; a line manager those waiting for the manager's step. */
    boolean mayDecide(HrCaller caller, LeaveRequestEntity r) {
        if (caller.manager()) {
            return true;
        }
        return LeaveRequestEntity.AWAITING_MANAGER.equals(r.awaiting()) && managesIt(caller, r.employeeId());
    }

    /** What a caller hears of a request they may not see or not act on. */
    static NotFoundProblem hiddenRequest(long id) {
        return new NotFoundProblem(HrModule.ENTITY_LEAVE_REQUEST, String.valueOf(id));
    }
}
