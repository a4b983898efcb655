package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveAdjustment;
import org.backoffice.hr.api.leave.LeaveBalance;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.support.jpa.UnitTransactions;

/**
 * Balances read from the ledger ({@link LeaveLedger}): one employee's with the movements that explain them, or
 * everyone's; and HR's manual adjustments.
 */
final class LeaveBalances {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final Employments employments;
    private final LeaveAccess access;

    LeaveBalances(JpaTemplate jpa, AuditTrail audit, Employments employments, LeaveAccess access) {
        this.jpa = jpa;
        this.audit = audit;
        this.employments = employments;
        this.access = access;
    }

    List<LeaveBalance> balances(String number, LocalDate asOf) {
        HrCaller caller = access.caller();
        Employment e = access.visible(caller, number);
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

    List<LeaveBalance> allBalances(LocalDate asOf) {
        HrCaller caller = access.caller();
        if (!caller.viewer()) {
            throw new NotFoundProblem("Leave balances", "all");
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<Employment> people = employments.employedBetween(day, day);
        return UnitTransactions.read(jpa, em -> {
            List<LeaveType> types = JpaLeaveTypeService.all(em);
            // with everyone's opening of the year stored (the accrual job's), the year's rows are enough
            Map<String, Map<Long, BigDecimal>> openings = new HashMap<>();
            for (LeaveType type : types) {
                Map<Long, BigDecimal> stored = LeaveOpenings.stored(em, type, day.getYear());
                if (people.stream().allMatch(e -> stored.containsKey(e.employeeId()))) {
                    openings.put(type.code(), stored);
                }
            }
            boolean yearOnly = openings.size() == types.size();
            Map<Long, Map<String, Map<Integer, YearTotals>>> totals = LeaveLedger.totals(em, null, null,
                    yearOnly ? day.getYear() : null, day);
            List<LeaveBalance> balances = new ArrayList<>(people.size() * types.size());
            for (Employment e : people) {
                Map<String, Map<Integer, YearTotals>> mine = totals.getOrDefault(e.employeeId(), Map.of());
                for (LeaveType type : types) {
                    BalanceRules.Figures f = yearOnly ? BalanceRules.year(LeavePolicy.of(type),
                            openings.get(type.code()).get(e.employeeId()), mine.getOrDefault(type.code(), Map.of())
                                    .getOrDefault(day.getYear(), new YearTotals()), day.getYear(), day)
                            : LeaveLedger.figures(type, mine, day);
                    balances.add(LeaveLedger.balance(e.number(), type, f, day, null, List.of()));
                }
            }
            return balances;
        });
    }

    LeaveBalance adjust(String number, LeaveAdjustment adjustment) {
        HrCaller caller = access.caller();
        Employment e = access.visible(caller, number);
        if (!caller.manager()) {
            throw new NotFoundProblem(LeaveAccess.EMPLOYEE, number);
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
            LeaveType type = JpaLeaveTypeService.known(em, adjustment.type());
            LeavePolicy policy = LeavePolicy.of(type);
            LeaveLedger.write(em, LeaveMovementEntity.of(e.employeeId(), type.code(), date, policy.afterExpiry(date),
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
}
