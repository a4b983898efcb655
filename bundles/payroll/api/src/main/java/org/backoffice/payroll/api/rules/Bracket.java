package org.backoffice.payroll.api.rules;

import java.math.BigDecimal;

/**
 * One band of a progressive table: {@code ratePercent} applies to the part of the base from {@code from} up to the
 * next band's {@code from} (the last band has no upper end). The first band starts at 0; bands strictly increase.
 */
public record Bracket(BigDecimal from, BigDecimal ratePercent) {
}
