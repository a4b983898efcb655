package org.backoffice.payroll.command;

import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.runs.PayrollRun;
import org.backoffice.payroll.api.runs.PayslipLine;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.Table;

/** The payroll console's tables. */
final class PayrollTables {

    static final Table<PayComponent> COMPONENTS = Table.of(PayComponent.class).column("Code", PayComponent::code)
            .column("Name", 30, PayComponent::name).column("Kind", PayComponent::kind)
            .column("Type", PayComponent::type).column("Taxable", PayComponent::taxable)
            .column("Definition", 50, PayrollTables::definition);

    static final Table<PayslipLine> LINES = Table.of(PayslipLine.class).column("Code", PayslipLine::code)
            .column("Component", 30, PayslipLine::name).column("For", PayslipLine::arrearsFor)
            .right("Base", PayslipLine::base).right("Rate", PayslipLine::rate).right("Amount", PayslipLine::amount)
            .right("YTD", PayslipLine::ytd);

    private PayrollTables() {
    }

    static String definition(PayComponent c) {
        return switch (c.type()) {
            case FIXED -> c.input() == null ? Table.text(c.amount())
                    : "input." + c.input() + (c.amount() == null ? "" : " * " + Table.text(c.amount()));
            case PERCENT -> Table.text(c.ratePercent()) + " % of " + c.base()
                    + (c.minimum() == null ? "" : ", min " + Table.text(c.minimum()))
                    + (c.maximum() == null ? "" : ", max " + Table.text(c.maximum()));
            case BRACKETS -> "table on " + c.base() + ": " + String.join(", ", c.brackets().stream()
                    .map(b -> Table.text(b.from()) + "+ " + Table.text(b.ratePercent()) + " %").toList());
            case FORMULA -> c.formula();
        };
    }

    static void printRun(PayrollRun run) {
        new Details().add("Run", run.id()).add("Period", run.period()).add("Type", run.type())
                .add("Status", run.status()).add("Payslips", run.payslips()).add("Currency", run.currency())
                .add("Gross", run.gross()).add("Deductions", run.deductions()).add("Net", run.net())
                .add("Employer cost", run.employerCost()).add("Errors", run.errors().size()).print();
        run.errors().forEach(e -> System.out.println("  " + e.employee() + ": " + e.message()));
    }
}
