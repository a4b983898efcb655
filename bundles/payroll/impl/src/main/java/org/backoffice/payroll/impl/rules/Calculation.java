package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.util.List;

/** One employee's figures for one period, before year-to-date totals and arrears are added. */
public record Calculation(List<Line> lines, BigDecimal gross, BigDecimal taxable, BigDecimal deductions,
        BigDecimal net, BigDecimal employerCost) {

    /** A computed component; {@code base} and {@code rate} only where a rate was applied to a base. */
    public record Line(CompiledComponent component, BigDecimal base, BigDecimal rate, BigDecimal amount) {

        public String code() {
            return component.code();
        }
    }

    public BigDecimal amount(String code) {
        for (Line line : lines) {
            if (line.code().equals(code)) {
                return line.amount();
            }
        }
        return BigDecimal.ZERO;
    }
}
