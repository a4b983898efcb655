package org.backoffice.hr.impl.leave;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveApproval;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveState;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.support.jpa.UnitTransactions;

/**
 * A leave request's life on the deciding side: what waits for the caller, approving (the manager's step, then HR's
 * where the type wants both), rejecting, and cancelling an approved request. Approval takes the days from the ledger,
 * cancelling gives them back.
 */
final class LeaveDecisions {

    private final JpaTemplate jpa;
    private final LeaveAccess access;
    private final LeaveBookings bookings;
    private final AuditedChanges<LeaveRequest> changes;

    LeaveDecisions(JpaTemplate jpa, LeaveAccess access, LeaveBookings bookings, AuditedChanges<LeaveRequest> changes) {
        this.jpa = jpa;
        this.access = access;
        this.bookings = bookings;
        this.changes = changes;
    }

    List<LeaveRequest> pending() {
        HrCaller caller = access.caller();
        return UnitTransactions.read(jpa, em -> em.createQuery("SELECT r FROM LeaveRequestEntity r"
                + " WHERE r.state = :s ORDER BY r.from, r.id", LeaveRequestEntity.class)
                .setParameter("s", LeaveState.REQUESTED).getResultStream()
                .filter(r -> access.mayDecide(caller, r))
                .map(r -> access.shown(caller, r)).toList());
    }

    LeaveRequest decide(long id, String note, boolean approve) {
        HrCaller caller = access.caller();
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave request " + id, em -> {
            LeaveRequestEntity r = access.visibleRequest(em, caller, id);
            if (r.state() != LeaveState.REQUESTED) {
                throw new ConflictProblem("request " + id + " is " + r.state() + ", not REQUESTED",
                        Map.of("field", "state"));
            }
            if (!access.mayDecide(caller, r)) {
                throw LeaveAccess.hiddenRequest(id);
            }
            LeaveType type = JpaLeaveTypeService.known(em, r.typeCode());
            Instant now = Instant.now();
            if (!approve) {
                return changes.change(em, r, x -> x.toRequest(false), x -> x.decide(LeaveState.REJECTED, user,
                        note, now), "REJECT", HrModule.TOPIC_LEAVE_DECIDED);
            }
            if (type.approval() == LeaveApproval.MANAGER_THEN_HR
                    && LeaveRequestEntity.AWAITING_MANAGER.equals(r.awaiting()) && !caller.manager()) {
                return changes.change(em, r, x -> x.toRequest(false), x -> x.managerApproved(user),
                        "MANAGER_APPROVE", HrModule.TOPIC_LEAVE_DECIDED);
            }
            LeaveRequest decided = changes.change(em, r, x -> x.toRequest(false),
                    x -> x.decide(LeaveState.APPROVED, user, note, now), "APPROVE", HrModule.TOPIC_LEAVE_DECIDED);
            LeaveBookings.use(em, r, type, bookings.recount(r, type), -1, user, now);
            return decided;
        });
    }

    LeaveRequest cancel(long id, String note) {
        HrCaller caller = access.caller();
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave request " + id, em -> {
            LeaveRequestEntity r = access.visibleRequest(em, caller, id);
            if (!caller.manager() && !access.managesIt(caller, r.employeeId())) {
                throw LeaveAccess.hiddenRequest(id);
            }
            if (r.state() != LeaveState.APPROVED) {
                throw new ConflictProblem("request " + id + " is " + r.state() + ", not APPROVED",
                        Map.of("field", "state"));
            }
            Instant now = Instant.now();
            bookings.giveBack(em, r, JpaLeaveTypeService.known(em, r.typeCode()), user, now);
            return changes.change(em, r, x -> x.toRequest(false),
                    x -> x.decide(LeaveState.CANCELLED, user, note, now), "CANCEL", HrModule.TOPIC_LEAVE_DECIDED);
        });
    }
}
