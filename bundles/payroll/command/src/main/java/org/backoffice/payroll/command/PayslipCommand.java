package org.backoffice.payroll.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.payroll.api.runs.PayrollService;
import org.backoffice.payroll.api.runs.Payslip;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "payroll", name = "payslip", description = "Shows an employee's posted payslip of a month")
@Service
public class PayslipCommand implements Action {

    @Reference
    PayrollService payroll;

    @Argument(index = 0, name = "employee", description = "The employee number", required = true)
    String employee;

    @Argument(index = 1, name = "period", description = "The month, e.g. 2026-01", required = true)
    String period;

    @Option(name = "--run", description = "The payslip of this run (also a draft) instead of the posted one")
    Long run;

    @Override
    public Object execute() throws Exception {
        Payslip p = ShellProblems.report(() -> run != null ? payroll.payslip(run, employee)
                : payroll.payslip(employee, period));
        new Details().add("Employee", p.employee() + " " + (p.employeeName() == null ? "" : p.employeeName()))
                .add("Period", p.period()).add("Run", p.run()).print();
        PayrollTables.LINES.print(p.lines());
        new Details().add("Gross", p.gross()).add("Deductions", p.deductions()).add("Net", p.net() + " " + p.currency())
                .add("Employer cost", p.employerCost()).add("YTD gross", p.ytdGross()).add("YTD net", p.ytdNet())
                .print();
        return null;
    }
}
