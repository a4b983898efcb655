package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Set;
import java.util.regex.Pattern;

import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.platform.api.error.Validator;

/** What a leave type must satisfy; every field error at once. */
final class LeaveTypeRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,19}");
    static final Set<BigDecimal> STEPS = Set.of(new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE);

    private LeaveTypeRules() {
    }

    static void check(LeaveType type, boolean creating) {
        Validator v = new Validator();
        if (creating && v.required("code", type.code())) {
            v.matches("code", type.code(), CODE, "upper-case letters, digits, - and _, at most 20");
        }
        v.requiredText("name", type.name(), 100);
        v.required("unit", type.unit());
        v.required("approval", type.approval());
        if (type.accrualPeriod() != null) {
            if (v.required("accrualAmount", type.accrualAmount())) {
                v.nonNegativeDecimal("accrualAmount", type.accrualAmount(), 2);
            }
            if (type.roundingStep() != null) {
                v.check(STEPS.stream().anyMatch(s -> s.compareTo(type.roundingStep()) == 0), "roundingStep",
                        "must be 0.25, 0.5 or 1");
            }
        } else {
            v.check(type.accrualAmount() == null, "accrualAmount", "needs an accrualPeriod (MONTH or YEAR)");
        }
        if (type.cap() != null) {
            v.nonNegativeDecimal("cap", type.cap(), 2);
        }
        if (type.carryOverMax() != null) {
            v.nonNegativeDecimal("carryOverMax", type.carryOverMax(), 2);
        }
        if (type.carryOverExpiry() != null) {
            try {
                MonthDay.parse("--" + type.carryOverExpiry());
            } catch (DateTimeException e) {
                v.reject("carryOverExpiry", "must be MM-DD, e.g. 03-31");
            }
        }
        v.throwIfInvalid();
    }

    /** Booleans left out mean false; the rounding step defaults to 0.5 days for accruing types. */
    static LeaveType normalised(LeaveType t) {
        return new LeaveType(t.code(), t.name().strip(), t.unit(), bool(t.paid()), bool(t.balanceRequired()),
                bool(t.mayGoNegative()), bool(t.reasonRequired()), bool(t.attachmentRequired()), t.approval(),
                t.accrualPeriod(), t.accrualAmount(),
                t.accrualPeriod() != null && t.roundingStep() == null ? new BigDecimal("0.5") : t.roundingStep(),
                t.cap(), t.carryOverMax(), t.carryOverExpiry(), t.version());
    }

    private static Boolean bool(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
