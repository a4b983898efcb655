package org.backoffice.hr.impl.leave;

import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.leave.AccrualRun;
import org.backoffice.hr.api.leave.Absence;
import org.backoffice.hr.api.leave.ClosedPeriod;
import org.backoffice.hr.api.leave.LeaveAdjustment;
import org.backoffice.hr.api.leave.LeaveBalance;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveRequestDraft;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.event.EventLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Leave requests, balances and accruals on JPA. Who may see an employee's leave: HR (manager and viewer), the employee,
 * and their managers up the line; anyone else gets a 404 ({@link LeaveAccess}). Balances are sums of
 * HR_LEAVE_MOVEMENT ({@link LeaveLedger}, {@link BalanceRules}). The use cases live in package-private collaborators
 * by concern: {@link LeaveRequests}, {@link LeaveDecisions}, {@link LeaveBalances}, {@link LeaveCalendar},
 * {@link LeaveAccruals}; each runs its own short transaction.
 */
@Component(service = LeaveService.class)
public final class JpaLeaveService implements LeaveService {

    /**
     * The platform's calendars; while none is registered, requests are counted on the platform's DEFAULT calendar as
     * shipped ({@link LeaveBookings}).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CalendarService calendars;

    private final LeaveRequests requests;
    private final LeaveDecisions decisions;
    private final LeaveBalances balances;
    private final LeaveCalendar calendar;
    private final LeaveAccruals accruals;

    @Activate
    public JpaLeaveService(@Reference(target = "(osgi.unit.name=backoffice-hr)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events, @Reference Employments employments) {
        AuditedChanges<LeaveRequest> changes = new AuditedChanges<>(audit, events, new LeaveRequestChanges());
        LeaveAccess access = new LeaveAccess(employments);
        LeaveBookings bookings = new LeaveBookings(employments, () -> calendars);
        this.requests = new LeaveRequests(jpa, access, bookings, changes);
        this.decisions = new LeaveDecisions(jpa, access, bookings, changes);
        this.balances = new LeaveBalances(jpa, audit, employments, access);
        this.calendar = new LeaveCalendar(jpa, audit, employments, access);
        this.accruals = new LeaveAccruals(jpa, employments, access);
    }

    // ---- balances

    @Override
    public List<LeaveBalance> balances(String number, LocalDate asOf) {
        return balances.balances(number, asOf);
    }

    @Override
    public List<LeaveBalance> allBalances(LocalDate asOf) {
        return balances.allBalances(asOf);
    }

    @Override
    public LeaveBalance adjust(String number, LeaveAdjustment adjustment) {
        return balances.adjust(number, adjustment);
    }

    // ---- requests

    @Override
    public LeaveRequest request(String number, LeaveRequestDraft draft) {
        return requests.request(number, draft);
    }

    @Override
    public List<LeaveRequest> requests(String number) {
        return requests.requests(number);
    }

    @Override
    public LeaveRequest get(long id) {
        return requests.get(id);
    }

    @Override
    public LeaveRequest withdraw(long id) {
        return requests.withdraw(id);
    }

    // ---- decisions

    @Override
    public List<LeaveRequest> pending() {
        return decisions.pending();
    }

    @Override
    public LeaveRequest approve(long id, String note) {
        return decisions.decide(id, note, true);
    }

    @Override
    public LeaveRequest reject(long id, String note) {
        return decisions.decide(id, note, false);
    }

    @Override
    public LeaveRequest cancel(long id, String note) {
        return decisions.cancel(id, note);
    }

    // ---- team calendar and closed periods

    @Override
    public List<Absence> calendar(String department, LocalDate from, LocalDate to) {
        return calendar.calendar(department, from, to);
    }

    @Override
    public List<ClosedPeriod> closedPeriods() {
        return calendar.closedPeriods();
    }

    @Override
    public ClosedPeriod addClosedPeriod(ClosedPeriod period) {
        return calendar.addClosedPeriod(period);
    }

    // ---- accruals

    @Override
    public AccrualRun runAccruals(LocalDate through) {
        return accruals.run(through);
    }
}
