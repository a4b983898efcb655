package org.backoffice.payroll.api.runs;

import java.math.BigDecimal;
import java.util.List;

/** What an employee is paid by a run. Employer contributions are listed but not part of net pay. */
public record Payslip(long run, String period, String employee, String employeeName, String costCentre,
        String currency, List<Segment> segments, List<PayslipLine> lines, BigDecimal gross, BigDecimal deductions,
        BigDecimal net, BigDecimal employerCost, BigDecimal ytdGross, BigDecimal ytdNet) {
}
