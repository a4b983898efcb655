package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.runs.Segment;

/** A calculated payslip before it is stored: this period's lines, then arrears lines by the period they pay. */
record PayslipDraft(String employee, HrFacts.Person person, String currency, List<Segment> segments,
        List<Line> lines, BigDecimal gross, BigDecimal deductions, BigDecimal net, BigDecimal employerCost) {

    record Line(String paidFor, String code, String name, ComponentKind kind, BigDecimal base, BigDecimal rate,
            BigDecimal amount) {
    }

    static PayslipDraft of(String employee, HrFacts.Person person, String currency, List<Segment> segments,
            List<Line> lines) {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        BigDecimal employer = BigDecimal.ZERO;
        for (Line line : lines) {
            if (line.kind() == ComponentKind.EARNING) {
                gross = gross.add(line.amount());
            } else if (line.kind().isDeduction()) {
                deductions = deductions.add(line.amount());
            } else if (line.kind() == ComponentKind.EMPLOYER_CONTRIBUTION) {
                employer = employer.add(line.amount());
            }
        }
        return new PayslipDraft(employee, person, currency, segments, List.copyOf(lines), gross, deductions,
                gross.subtract(deductions), employer);
    }
}
