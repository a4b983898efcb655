package org.backoffice.payroll.api.runs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payroll run for one period ({@code 2026-01}). Totals are over its payslips, in the run's currency.
 *
 * @param employees only these employee numbers; empty: everyone with a structure or a contract in the period
 */
public record PayrollRun(Long id, String period, RunType type, RunStatus status, String currency,
        List<String> employees, List<RunInput> inputs, Integer payslips, BigDecimal gross, BigDecimal deductions,
        BigDecimal net, BigDecimal employerCost, List<RunError> errors, Instant calculatedAt, Instant postedAt,
        Long version) {
}
