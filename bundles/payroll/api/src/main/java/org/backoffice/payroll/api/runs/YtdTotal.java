package org.backoffice.payroll.api.runs;

import java.math.BigDecimal;

/** An employee's posted total of one component in a year. */
public record YtdTotal(String employee, int year, String code, BigDecimal amount) {
}
