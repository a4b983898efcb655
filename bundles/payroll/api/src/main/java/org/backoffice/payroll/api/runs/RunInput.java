package org.backoffice.payroll.api.runs;

import java.math.BigDecimal;

/** A value given for one run, named in rules as {@code input.NAME} (a bonus, overtime hours). */
public record RunInput(String employee, String name, BigDecimal value) {
}
