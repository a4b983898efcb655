package org.backoffice.payroll.api.runs;

import java.math.BigDecimal;

import org.backoffice.payroll.api.rules.ComponentKind;

/**
 * One component on a payslip. An arrears line pays, for an earlier posted {@code period}, the difference between what
 * the rules in force then give with today's data and what was paid.
 *
 * @param base  the base the rate applied to (PERCENT, BRACKETS), else {@code null}
 * @param rate  the percentage (PERCENT) or the effective rate of a table, else {@code null}
 * @param ytd   year-to-date total of the component including this payslip
 */
public record PayslipLine(String code, String name, ComponentKind kind, BigDecimal base, BigDecimal rate,
        BigDecimal amount, BigDecimal ytd, String arrearsFor) {
}
