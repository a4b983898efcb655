package org.backoffice.payroll.api.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One pay rule of a structure. Expressions ({@code base}, {@code formula}) may name other components of the structure
 * by code, the totals {@code GROSS} and {@code TAXABLE}, the contract and period attributes ({@code basePay},
 * {@code fte}, {@code daysEmployed}, {@code calendarDays}, {@code workingDays}, {@code payDays}), run inputs as
 * {@code input.NAME} and {@code ytd(CODE)}.
 *
 * @param code         upper case letters, digits and {@code _}, unique in the structure
 * @param taxable      for earnings: whether it counts in {@code TAXABLE}
 * @param prorated     evaluated per contract segment of the period and weighted by its share of the pay days (the
 *                     default for earnings); otherwise evaluated once on the period's totals
 * @param input        FIXED from a run input of this name (e.g. {@code BONUS}, {@code OVERTIME_HOURS})
 * @param scale        decimals kept when the component is rounded (default 2)
 * @param roundingMode a {@link java.math.RoundingMode} name (default {@code HALF_UP})
 */
public record PayComponent(String code, String name, ComponentKind kind, Boolean taxable, Boolean prorated,
        RuleType type, BigDecimal amount, String input, BigDecimal ratePercent, String base, BigDecimal minimum,
        BigDecimal maximum, List<Bracket> brackets, String formula, Integer scale, String roundingMode) {
}
