package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.backoffice.payroll.api.rules.Bracket;
import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.rules.RuleType;

/** A checked component with its expressions parsed: {@code expression} is the base (PERCENT, BRACKETS) or formula. */
public record CompiledComponent(PayComponent source, Expr expression, boolean prorated, int scale,
        RoundingMode rounding) {

    public String code() {
        return source.code();
    }

    public ComponentKind kind() {
        return source.kind();
    }

    public RuleType type() {
        return source.type();
    }

    public boolean taxable() {
        return Boolean.TRUE.equals(source.taxable());
    }

    public List<Bracket> brackets() {
        return source.brackets();
    }

    public BigDecimal round(BigDecimal value) {
        return value.setScale(scale, rounding);
    }
}
