package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeavePart;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveRequestDraft;
import org.backoffice.hr.api.leave.LeaveState;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.calendar.CalendarDay;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.support.jpa.UnitTransactions;

/**
 * A leave request's life on the employee's side: asking (counted on the calendar, checked against the employment,
 * closed periods, other requests and the balance), reading, and withdrawing.
 */
final class LeaveRequests {

    /** The states in which a request holds its days. */
    static final Set<LeaveState> OPEN = Set.of(LeaveState.REQUESTED, LeaveState.APPROVED);

    private final JpaTemplate jpa;
    private final LeaveAccess access;
    private final LeaveBookings bookings;
    private final AuditedChanges<LeaveRequest> changes;

    LeaveRequests(JpaTemplate jpa, LeaveAccess access, LeaveBookings bookings, AuditedChanges<LeaveRequest> changes) {
        this.jpa = jpa;
        this.access = access;
        this.bookings = bookings;
        this.changes = changes;
    }

    LeaveRequest request(String number, LeaveRequestDraft draft) {
        HrCaller caller = access.caller();
        Employment e = access.visible(caller, number);
        if (!caller.manager() && !caller.isSelf(e.employeeId()) && !access.managesIt(caller, e.employeeId())) {
            throw new NotFoundProblem(LeaveAccess.EMPLOYEE, number);
        }
        LocalDate from = draft.from();
        LocalDate to = draft.to() == null ? draft.from() : draft.to();
        LeavePart part = draft.part() == null ? LeavePart.FULL : draft.part();
        String reason = blankToNull(draft.reason());
        String attachment = blankToNull(draft.attachment());
        Function<LocalDate, CalendarDay> calendar = bookings.time(e.calendar())::day;
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave request", em -> {
            LeaveType type = JpaLeaveTypeService.known(em, draft.type());
            Validator v = new Validator();
            List<RequestCounting.Day> days = RequestCounting.count(type.unit(), from, to, part, draft.hours(),
                    calendar, v);
            if (v.hasErrors()) {
                v.throwIfInvalid();
            }
            BigDecimal amount = RequestCounting.total(days);
            if (!e.employedOn(from) || !e.employedOn(to)) {
                v.reject("from", "outside the employment (" + e.hired() + " to "
                        + (e.terminated() == null ? "open" : e.terminated()) + ") (rule: outsideEmployment)");
            }
            v.optionalText("reason", reason, 1000);
            v.optionalText("attachment", attachment, 200);
            if (type.reasonRequired()) {
                v.check(reason != null, "reason", "is required for " + type.code() + " (rule: reasonRequired)");
            }
            if (type.attachmentRequired()) {
                v.check(attachment != null, "attachment",
                        "is required for " + type.code() + " (rule: attachmentRequired)");
            }
            LeaveCalendar.closedPeriod(em, type.code(), from, to).ifPresent(p -> v.reject("from",
                    "falls in the closed period '" + p.name() + "' (" + p.from() + " to " + p.to()
                            + ") (rule: closedPeriod)"));
            overlapping(em, e.employeeId(), from, to, part).ifPresent(other -> v.reject("from",
                    "overlaps request " + other.id() + " (" + other.from() + ") (rule: overlap)"));
            if (type.balanceRequired() && !type.mayGoNegative() && !v.hasErrors()) {
                BalanceRules.Figures f = LeaveLedger.figures(type,
                        LeaveLedger.totals(em, e.employeeId(), to).get(e.employeeId()), to);
                BigDecimal free = f.available().subtract(
                        LeaveLedger.pending(em, e.employeeId()).getOrDefault(type.code(), BigDecimal.ZERO));
                v.check(free.compareTo(amount) >= 0, "amount", "needs " + amount + " " + type.unit()
                        + ", only " + free + " available (rule: insufficientBalance)");
            }
            v.throwIfInvalid();
            String awaiting = switch (type.approval()) {
                case NONE -> null;
                case MANAGER, MANAGER_THEN_HR -> e.managerId() == null ? LeaveRequestEntity.AWAITING_HR
                        : LeaveRequestEntity.AWAITING_MANAGER;
            };
            Instant now = Instant.now();
            LeaveRequestEntity entity = LeaveRequestEntity.create(e.employeeId(), e.number(), e.displayName(),
                    type.code(), from, to, part, draft.hours(), amount, reason, attachment, awaiting, user, now);
            em.persist(entity);
            em.flush();
            if (awaiting == null) {
                LeaveBookings.use(em, entity, type, days, -1, user, now);
            }
            changes.created(em, entity, r -> r.toRequest(false), HrModule.TOPIC_LEAVE_REQUESTED);
            // whoever may request for the employee may read the reason
            return entity.toRequest(true);
        });
    }

    List<LeaveRequest> requests(String number) {
        HrCaller caller = access.caller();
        Employment e = access.visible(caller, number);
        return UnitTransactions.read(jpa, em -> em.createQuery("SELECT r FROM LeaveRequestEntity r"
                + " WHERE r.employeeId = :e ORDER BY r.from DESC, r.id DESC", LeaveRequestEntity.class)
                .setParameter("e", e.employeeId()).getResultStream().map(r -> access.shown(caller, r)).toList());
    }

    LeaveRequest get(long id) {
        HrCaller caller = access.caller();
        return UnitTransactions.read(jpa, em -> access.shown(caller, access.visibleRequest(em, caller, id)));
    }

    LeaveRequest withdraw(long id) {
        HrCaller caller = access.caller();
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave request " + id, em -> {
            LeaveRequestEntity r = access.visibleRequest(em, caller, id);
            if (!caller.manager() && !caller.isSelf(r.employeeId())) {
                throw LeaveAccess.hiddenRequest(id);
            }
            boolean approvedFuture = r.state() == LeaveState.APPROVED && r.from().isAfter(LocalDate.now());
            if (r.state() != LeaveState.REQUESTED && !approvedFuture) {
                throw new ConflictProblem("request " + id + " is " + r.state()
                        + ": only a requested one, or an approved one not yet begun, can be withdrawn",
                        Map.of("field", "state"));
            }
            Instant now = Instant.now();
            if (approvedFuture) {
                bookings.giveBack(em, r, JpaLeaveTypeService.known(em, r.typeCode()), user, now);
            }
            return changes.change(em, r, x -> x.toRequest(false),
                    x -> x.decide(LeaveState.WITHDRAWN, user, "withdrawn", now), "WITHDRAW",
                    HrModule.TOPIC_LEAVE_DECIDED);
        });
    }

    private static Optional<LeaveRequest> overlapping(EntityManager em, long employeeId, LocalDate from,
            LocalDate to, LeavePart part) {
        return em.createQuery("SELECT r FROM LeaveRequestEntity r WHERE r.employeeId = :e AND r.state IN :open"
                + " AND r.from <= :to AND r.to >= :from", LeaveRequestEntity.class)
                .setParameter("e", employeeId).setParameter("open", OPEN)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(r -> r.toRequest(false))
                // a morning and an afternoon of the same day do not overlap
                .filter(r -> !(halfDay(part) && halfDay(r.part()) && r.part() != part))
                .findFirst();
    }

    private static boolean halfDay(LeavePart part) {
        return part == LeavePart.MORNING || part == LeavePart.AFTERNOON;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
