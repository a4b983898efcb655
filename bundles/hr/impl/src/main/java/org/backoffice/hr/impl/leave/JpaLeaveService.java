package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.AccrualPeriod;
import org.backoffice.hr.api.leave.AccrualRun;
import org.backoffice.hr.api.leave.Absence;
import org.backoffice.hr.api.leave.ClosedPeriod;
import org.backoffice.hr.api.leave.LeaveAdjustment;
import org.backoffice.hr.api.leave.LeaveApproval;
import org.backoffice.hr.api.leave.LeaveBalance;
import org.backoffice.hr.api.leave.LeavePart;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveRequestDraft;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.hr.api.leave.LeaveState;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarDay;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Leave requests, balances and accruals on JPA. Who may see an employee's leave: HR (manager and viewer), the employee,
 * and their managers up the line; anyone else gets a 404. Balances are sums of HR_LEAVE_MOVEMENT
 * ({@link LeaveLedger}, {@link BalanceRules}).
 */
@Component(service = LeaveService.class)
public final class JpaLeaveService implements LeaveService {

    private static final String EMPLOYEE = "Employee";
    private static final Set<LeaveState> OPEN = Set.of(LeaveState.REQUESTED, LeaveState.APPROVED);

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final Employments employments;
    /**
     * The platform's calendars; while none is registered, requests are counted on {@link #FALLBACK} (Monday to
     * Friday 09:00-17:00, no holidays), the platform's DEFAULT calendar as shipped.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CalendarService calendars;

    private static final BusinessTime FALLBACK = BusinessTime.of(new BusinessCalendar(CalendarService.DEFAULT,
            "Default", "UTC", java.util.stream.Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).map(d -> WorkingWindow.of(d, "09:00", "17:00")).toList(),
            List.of(), null));
    private final AuditedChanges<LeaveRequest> changes;

    @Activate
    public JpaLeaveService(@Reference(target = "(osgi.unit.name=backoffice-hr)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events, @Reference Employments employments) {
        this.jpa = jpa;
        this.audit = audit;
        this.employments = employments;
        this.changes = new AuditedChanges<>(audit, events, new LeaveRequestChanges());
    }

    private BusinessTime time(String calendar) {
        CalendarService service = calendars;   // read once: it may go away between two reads
        if (service == null) {
            return FALLBACK;
        }
        return service.time(calendar == null ? CalendarService.DEFAULT : calendar);
    }

    // ---- who may see and do what

    private HrCaller caller() {
        return HrCaller.current(employments);
    }

    private boolean managesIt(HrCaller caller, long employeeId) {
        return caller.employeeId() != null && caller.employeeId() != employeeId
                && employments.manages(caller.employeeId(), employeeId, LocalDate.now());
    }

    private boolean sees(HrCaller caller, long employeeId) {
        return caller.viewer() || caller.isSelf(employeeId) || managesIt(caller, employeeId);
    }

    private boolean seesReason(HrCaller caller, long employeeId) {
        return caller.manager() || caller.isSelf(employeeId) || managesIt(caller, employeeId);
    }

    private Employment visible(HrCaller caller, String number) {
        Employment e = number == null ? null : employments.of(number, LocalDate.now()).orElse(null);
        if (e == null || !sees(caller, e.employeeId())) {
            throw new NotFoundProblem(EMPLOYEE, number);
        }
        return e;
    }

    // ---- balances

    @Override
    public List<LeaveBalance> balances(String number, LocalDate asOf) {
        HrCaller caller = caller();
        Employment e = visible(caller, number);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return UnitTransactions.read(jpa, em -> {
            Map<String, Map<Integer, YearTotals>> totals = LeaveLedger.totals(em, e.employeeId(), day)
                    .get(e.employeeId());
            Map<String, BigDecimal> pending = LeaveLedger.pending(em, e.employeeId());
            List<LeaveBalance> balances = new ArrayList<>();
            for (LeaveType type : JpaLeaveTypeService.all(em)) {
                BalanceRules.Figures f = LeaveLedger.figures(type, totals, day);
                balances.add(LeaveLedger.balance(e.number(), type, f, day, pending.get(type.code()),
                        LeaveLedger.explain(em, e.employeeId(), type, f, day)));
            }
            return balances;
        });
    }

    @Override
    public List<LeaveBalance> allBalances(LocalDate asOf) {
        HrCaller caller = caller();
        if (!caller.viewer()) {
            throw new NotFoundProblem("Leave balances", "all");
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<Employment> people = employments.employedBetween(day, day);
        return UnitTransactions.read(jpa, em -> {
            Map<Long, Map<String, Map<Integer, YearTotals>>> totals = LeaveLedger.totals(em, null, day);
            List<LeaveType> types = JpaLeaveTypeService.all(em);
            List<LeaveBalance> balances = new ArrayList<>(people.size() * types.size());
            for (Employment e : people) {
                Map<String, Map<Integer, YearTotals>> mine = totals.get(e.employeeId());
                for (LeaveType type : types) {
                    balances.add(LeaveLedger.balance(e.number(), type, LeaveLedger.figures(type, mine, day), day,
                            null, List.of()));
                }
            }
            return balances;
        });
    }

    @Override
    public LeaveBalance adjust(String number, LeaveAdjustment adjustment) {
        HrCaller caller = caller();
        Employment e = visible(caller, number);
        if (!caller.manager()) {
            throw new NotFoundProblem(EMPLOYEE, number);
        }
        Validator v = new Validator();
        v.required("type", adjustment.type());
        if (v.required("amount", adjustment.amount())) {
            v.check(adjustment.amount().signum() != 0 && adjustment.amount().stripTrailingZeros().scale() <= 2,
                    "amount", "must not be zero and have at most 2 decimals");
        }
        v.requiredText("reason", adjustment.reason(), 500);
        v.throwIfInvalid();
        LocalDate date = adjustment.date() == null ? LocalDate.now() : adjustment.date();
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave adjustment", em -> {
            LeaveType type = knownType(em, adjustment.type());
            LeavePolicy policy = LeavePolicy.of(type);
            em.persist(LeaveMovementEntity.of(e.employeeId(), type.code(), date, policy.afterExpiry(date),
                    Ledger.ADJUSTMENT, adjustment.amount().setScale(2), null, null, adjustment.reason().strip(), user,
                    Instant.now()));
            audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_LEAVE_ADJUSTMENT,
                    e.number() + "/" + type.code() + "/" + date, "ADJUST", new ChangeSet()
                            .compare("amount", null, adjustment.amount())
                            .compare("reason", null, adjustment.reason().strip()).changes()));
            em.flush();
            BalanceRules.Figures f = LeaveLedger.figures(type,
                    LeaveLedger.totals(em, e.employeeId(), date).get(e.employeeId()), date);
            return LeaveLedger.balance(e.number(), type, f, date, null,
                    LeaveLedger.explain(em, e.employeeId(), type, f, date));
        });
    }

    private static LeaveType knownType(EntityManager em, String code) {
        LeaveTypeEntity t = code == null ? null : em.find(LeaveTypeEntity.class, code);
        if (t == null) {
            throw ValidationFailedException.of("type", "unknown leave type '" + code + "'");
        }
        return t.toType();
    }

    // ---- requests

    @Override
    public LeaveRequest request(String number, LeaveRequestDraft draft) {
        HrCaller caller = caller();
        Employment e = visible(caller, number);
        if (!caller.manager() && !caller.isSelf(e.employeeId()) && !managesIt(caller, e.employeeId())) {
            throw new NotFoundProblem(EMPLOYEE, number);
        }
        LocalDate from = draft.from();
        LocalDate to = draft.to() == null ? draft.from() : draft.to();
        LeavePart part = draft.part() == null ? LeavePart.FULL : draft.part();
        String reason = blankToNull(draft.reason());
        String attachment = blankToNull(draft.attachment());
        Function<LocalDate, CalendarDay> calendar = time(e.calendar())::day;
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave request", em -> {
            LeaveType type = knownType(em, draft.type());
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
            closedPeriod(em, type.code(), from, to).ifPresent(p -> v.reject("from", "falls in the closed period '"
                    + p.name() + "' (" + p.from() + " to " + p.to() + ") (rule: closedPeriod)"));
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
                use(em, entity, type, days, -1, user, now);
            }
            changes.created(em, entity, r -> r.toRequest(false), HrModule.TOPIC_LEAVE_REQUESTED);
            // whoever may request for the employee may read the reason
            return entity.toRequest(true);
        });
    }

    /** A request as the caller may see it. */
    private LeaveRequest shown(HrCaller caller, LeaveRequestEntity r) {
        return r.toRequest(seesReason(caller, r.employeeId()));
    }

    @Override
    public List<LeaveRequest> requests(String number) {
        HrCaller caller = caller();
        Employment e = visible(caller, number);
        return UnitTransactions.read(jpa, em -> em.createQuery("SELECT r FROM LeaveRequestEntity r"
                + " WHERE r.employeeId = :e ORDER BY r.from DESC, r.id DESC", LeaveRequestEntity.class)
                .setParameter("e", e.employeeId()).getResultStream().map(r -> shown(caller, r)).toList());
    }

    @Override
    public LeaveRequest get(long id) {
        HrCaller caller = caller();
        return UnitTransactions.read(jpa, em -> shown(caller, visibleRequest(em, caller, id)));
    }

    private LeaveRequestEntity visibleRequest(EntityManager em, HrCaller caller, long id) {
        LeaveRequestEntity r = em.find(LeaveRequestEntity.class, id);
        if (r == null || !sees(caller, r.employeeId())) {
            throw new NotFoundProblem(HrModule.ENTITY_LEAVE_REQUEST, String.valueOf(id));
        }
        return r;
    }

    @Override
    public List<LeaveRequest> pending() {
        HrCaller caller = caller();
        return UnitTransactions.read(jpa, em -> em.createQuery("SELECT r FROM LeaveRequestEntity r"
                + " WHERE r.state = :s ORDER BY r.from, r.id", LeaveRequestEntity.class)
                .setParameter("s", LeaveState.REQUESTED).getResultStream()
                .filter(r -> mayDecide(caller, r))
                .map(r -> shown(caller, r)).toList());
    }

    private boolean mayDecide(HrCaller caller, LeaveRequestEntity r) {
        if (caller.manager()) {
            return true;
        }
        return LeaveRequestEntity.AWAITING_MANAGER.equals(r.awaiting()) && managesIt(caller, r.employeeId());
    }

    @Override
    public LeaveRequest approve(long id, String note) {
        return decide(id, note, true);
    }

    @Override
    public LeaveRequest reject(long id, String note) {
        return decide(id, note, false);
    }

    private LeaveRequest decide(long id, String note, boolean approve) {
        HrCaller caller = caller();
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave request " + id, em -> {
            LeaveRequestEntity r = visibleRequest(em, caller, id);
            if (r.state() != LeaveState.REQUESTED) {
                throw new ConflictProblem("request " + id + " is " + r.state() + ", not REQUESTED",
                        Map.of("field", "state"));
            }
            if (!mayDecide(caller, r)) {
                throw new NotFoundProblem(HrModule.ENTITY_LEAVE_REQUEST, String.valueOf(id));
            }
            LeaveType type = knownType(em, r.typeCode());
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
            use(em, r, type, recount(r, type), -1, user, now);
            return decided;
        });
    }

    @Override
    public LeaveRequest withdraw(long id) {
        HrCaller caller = caller();
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave request " + id, em -> {
            LeaveRequestEntity r = visibleRequest(em, caller, id);
            if (!caller.manager() && !caller.isSelf(r.employeeId())) {
                throw new NotFoundProblem(HrModule.ENTITY_LEAVE_REQUEST, String.valueOf(id));
            }
            boolean approvedFuture = r.state() == LeaveState.APPROVED && r.from().isAfter(LocalDate.now());
            if (r.state() != LeaveState.REQUESTED && !approvedFuture) {
                throw new ConflictProblem("request " + id + " is " + r.state()
                        + ": only a requested one, or an approved one not yet begun, can be withdrawn",
                        Map.of("field", "state"));
            }
            Instant now = Instant.now();
            if (approvedFuture) {
                LeaveType type = knownType(em, r.typeCode());
                use(em, r, type, recount(r, type), 1, user, now);
            }
            return changes.change(em, r, x -> x.toRequest(false),
                    x -> x.decide(LeaveState.WITHDRAWN, user, "withdrawn", now), "WITHDRAW",
                    HrModule.TOPIC_LEAVE_DECIDED);
        });
    }

    @Override
    public LeaveRequest cancel(long id, String note) {
        HrCaller caller = caller();
        String user = Actor.currentUser();
        return UnitTransactions.write(jpa, "Leave request " + id, em -> {
            LeaveRequestEntity r = visibleRequest(em, caller, id);
            if (!caller.manager() && !managesIt(caller, r.employeeId())) {
                throw new NotFoundProblem(HrModule.ENTITY_LEAVE_REQUEST, String.valueOf(id));
            }
            if (r.state() != LeaveState.APPROVED) {
                throw new ConflictProblem("request " + id + " is " + r.state() + ", not APPROVED",
                        Map.of("field", "state"));
            }
            Instant now = Instant.now();
            LeaveType type = knownType(em, r.typeCode());
                use(em, r, type, recount(r, type), 1, user, now);
            return changes.change(em, r, x -> x.toRequest(false),
                    x -> x.decide(LeaveState.CANCELLED, user, note, now), "CANCEL", HrModule.TOPIC_LEAVE_DECIDED);
        });
    }

    /** The request's days counted again on the employee's calendar, to date its ledger rows by year and deadline. */
    private List<RequestCounting.Day> recount(LeaveRequestEntity r, LeaveType type) {
        LeaveRequest shown = r.toRequest(false);
        Employment e = employments.of(r.employeeId(), shown.from()).orElse(null);
        String calendar = e == null ? CalendarService.DEFAULT : e.calendar();
        Validator ignored = new Validator();
        List<RequestCounting.Day> days = RequestCounting.count(type.unit(), shown.from(), shown.to(), shown.part(),
                shown.hours(), time(calendar)::day, ignored);
        if (ignored.hasErrors() || RequestCounting.total(days).compareTo(shown.amount()) != 0) {
            // the calendar changed since: the request keeps its counted amount, dated on its first day
            return List.of(new RequestCounting.Day(shown.from(), shown.amount()));
        }
        return days;
    }

    /** Writes the USE rows of a request: {@code sign} -1 takes the days, +1 gives them back. */
    private static void use(EntityManager em, LeaveRequestEntity r, LeaveType type, List<RequestCounting.Day> days,
            int sign, String user, Instant now) {
        LeavePolicy policy = LeavePolicy.of(type);
        LeaveLedger.segments(days, policy).forEach((first, amount) -> em.persist(LeaveMovementEntity.of(
                r.employeeId(), type.code(), first, policy.afterExpiry(first), Ledger.USE,
                sign < 0 ? amount.negate() : amount, null, r.id(),
                (sign < 0 ? "request " : "given back: request ") + r.id(), user, now)));
    }

    private static java.util.Optional<ClosedPeriod> closedPeriod(EntityManager em, String type, LocalDate from,
            LocalDate to) {
        return em.createQuery("SELECT p FROM ClosedPeriodEntity p WHERE p.from <= :to AND p.to >= :from"
                + " AND (p.type IS NULL OR p.type = :type)", ClosedPeriodEntity.class)
                .setParameter("from", from).setParameter("to", to).setParameter("type", type)
                .getResultStream().map(ClosedPeriodEntity::toPeriod).findFirst();
    }

    private static java.util.Optional<LeaveRequest> overlapping(EntityManager em, long employeeId, LocalDate from,
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

    // ---- team calendar and closed periods

    @Override
    public List<Absence> calendar(String department, LocalDate from, LocalDate to) {
        HrCaller caller = caller();
        if (!caller.viewer()) {
            throw new NotFoundProblem("Department", department);
        }
        Validator v = new Validator();
        v.required("from", from);
        v.required("to", to);
        Long departmentId = department == null ? null : employments.departmentId(department).orElse(null);
        v.check(department == null || departmentId != null, "department", "unknown department '" + department + "'");
        if (from != null && to != null) {
            v.check(!to.isBefore(from), "to", "is before from");
        }
        v.throwIfInvalid();
        Set<Long> ids = departmentId == null ? null
                : employments.inDepartment(departmentId, true, from).stream().map(Employment::employeeId)
                        .collect(Collectors.toSet());
        return UnitTransactions.read(jpa, em -> em.createQuery("SELECT r FROM LeaveRequestEntity r"
                + " WHERE r.state IN :open AND r.from <= :to AND r.to >= :from ORDER BY r.from, r.employeeNumber",
                LeaveRequestEntity.class).setParameter("open", OPEN).setParameter("from", from)
                .setParameter("to", to).getResultStream()
                .filter(r -> ids == null || ids.contains(r.employeeId()))
                .map(r -> r.toRequest(false))
                .map(r -> new Absence(r.employee(), r.employeeName(), r.type(), r.from(), r.to(), r.part(),
                        r.state()))
                .toList());
    }

    @Override
    public List<ClosedPeriod> closedPeriods() {
        return UnitTransactions.read(jpa, em -> em.createQuery("SELECT p FROM ClosedPeriodEntity p ORDER BY p.from",
                ClosedPeriodEntity.class).getResultStream().map(ClosedPeriodEntity::toPeriod).toList());
    }

    @Override
    public ClosedPeriod addClosedPeriod(ClosedPeriod period) {
        if (!caller().manager()) {
            throw new NotFoundProblem("Closed period", "new");
        }
        Validator v = new Validator();
        v.required("from", period.from());
        v.required("to", period.to());
        v.requiredText("name", period.name(), 100);
        if (period.from() != null && period.to() != null) {
            v.check(!period.to().isBefore(period.from()), "to", "is before from");
        }
        v.throwIfInvalid();
        return UnitTransactions.write(jpa, "Closed period", em -> {
            if (period.type() != null) {
                knownType(em, period.type());
            }
            ClosedPeriodEntity e = ClosedPeriodEntity.of(period);
            em.persist(e);
            em.flush();
            audit.record(em, AuditEntry.of(HrModule.ID, "LeaveClosedPeriod", String.valueOf(e.toPeriod().id()),
                    AuditEntry.CREATE, new ChangeSet().compare("from", null, period.from())
                            .compare("to", null, period.to()).compare("name", null, period.name()).changes()));
            return e.toPeriod();
        });
    }

    // ---- accruals

    @Override
    public AccrualRun runAccruals(LocalDate through) {
        if (!caller().manager()) {
            throw new NotFoundProblem("Leave accruals", "run");
        }
        if (through == null) {
            throw ValidationFailedException.of("through", "is required");
        }
        long started = System.nanoTime();
        List<Employment> people = employments.employedBetween(LocalDate.of(1900, 1, 1), through);
        String user = Actor.currentUser();
        int[] counts = UnitTransactions.write(jpa, "Leave accruals", em -> accrue(em, people, through, user));
        return new AccrualRun(through, counts[0], counts[1], people.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static int[] accrue(EntityManager em, List<Employment> people, LocalDate through, String user) {
        int credited = 0;
        int upToDate = 0;
        Instant now = Instant.now();
        Map<Long, Map<String, Map<Integer, YearTotals>>> totals = LeaveLedger.totals(em, null, through);
        for (LeaveType type : JpaLeaveTypeService.all(em)) {
            if (type.accrualPeriod() == null || type.accrualAmount() == null) {
                continue;
            }
            LeavePolicy policy = LeavePolicy.of(type);
            Map<Long, String> last = new HashMap<>();
            em.createQuery("SELECT m.employeeId, MAX(m.periodKey) FROM LeaveMovementEntity m WHERE m.typeCode = :t"
                    + " AND m.kind = :k GROUP BY m.employeeId", Object[].class)
                    .setParameter("t", type.code()).setParameter("k", Ledger.ACCRUAL).getResultList()
                    .forEach(row -> last.put((Long) row[0], (String) row[1]));
            for (Employment e : people) {
                String key = last.get(e.employeeId());
                AccrualRules.Period period = key == null ? AccrualRules.period(type.accrualPeriod(), e.hired())
                        : AccrualRules.next(type.accrualPeriod(), periodOf(type.accrualPeriod(), key));
                boolean any = false;
                while (true) {
                    LocalDate creditedOn = creditDay(type.accrualPeriod(), period, e);
                    if (creditedOn.isAfter(through)
                            || (e.terminated() != null && period.first().isAfter(e.terminated()))) {
                        break;
                    }
                    Map<Integer, YearTotals> years = totals.computeIfAbsent(e.employeeId(), k -> new HashMap<>())
                            .computeIfAbsent(type.code(), k -> new HashMap<>());
                    BigDecimal balance = BalanceRules.asOf(policy, years, creditedOn).available();
                    BigDecimal credit = AccrualRules.capped(AccrualRules.proRated(type.accrualAmount(),
                            policy.step(), period, e.hired(), e.terminated()), balance, type.cap());
                    // a zero credit is written too: it marks the period as done
                    em.persist(LeaveMovementEntity.of(e.employeeId(), type.code(), creditedOn,
                            policy.afterExpiry(creditedOn), Ledger.ACCRUAL, credit, period.key(), null,
                            "accrual " + period.key(), user, now));
                    years.computeIfAbsent(creditedOn.getYear(), k -> new YearTotals()).add(Ledger.ACCRUAL, false,
                            credit);
                    credited++;
                    any = true;
                    if (credited % 1000 == 0) {
                        em.flush();
                        em.clear();
                    }
                    period = AccrualRules.next(type.accrualPeriod(), period);
                }
                if (!any) {
                    upToDate++;
                }
            }
        }
        return new int[] {credited, upToDate};
    }

    private static AccrualRules.Period periodOf(AccrualPeriod kind, String key) {
        return AccrualRules.period(kind, kind == AccrualPeriod.MONTH ? YearMonth.parse(key).atDay(1)
                : Year.parse(key).atDay(1));
    }

    /** Monthly credits on the month's last day (the last day employed when leaving), yearly on Jan 1 or hire. */
    private static LocalDate creditDay(AccrualPeriod kind, AccrualRules.Period period, Employment e) {
        if (kind == AccrualPeriod.MONTH) {
            return e.terminated() != null && e.terminated().isBefore(period.last()) ? e.terminated()
                    : period.creditedOn();
        }
        return e.hired().isAfter(period.first()) ? e.hired() : period.first();
    }
}
