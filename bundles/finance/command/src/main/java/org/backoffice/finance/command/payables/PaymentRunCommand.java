package org.backoffice.finance.command.payables;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.payables.PaymentRun;
import org.backoffice.finance.api.payables.PaymentRunDraft;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "finance", name = "payment-run", description = "Proposes a payment run of the posted bills due by"
        + " a day and shows it; with --execute pays it (one payment per supplier). Bills another proposed run holds"
        + " are left out: execute or cancel that one (payment-run-execute, payment-run-cancel)")
@Service
public class PaymentRunCommand implements Action {

    @Reference
    PayablesService payables;

    @Option(name = "--due-by", description = "Bills due on or before this day (YYYY-MM-DD)", required = true)
    String dueBy;

    @Option(name = "--supplier", aliases = "-s", description = "Only this supplier's bills")
    String supplier;

    @Option(name = "--currency", description = "Bills in this currency (default: base currency)")
    String currency;

    @Option(name = "--payment-date", description = "Payment and execution date (default today)")
    String paymentDate;

    @Option(name = "--execute", description = "Execute the proposed run at once")
    boolean execute;

    @Override
    public Object execute() throws Exception {
        PaymentRun run = ShellProblems.report(() -> {
            PaymentRun proposed = payables.proposePaymentRun(new PaymentRunDraft(ShellValues.date("dueBy", dueBy),
                    supplier, currency, ShellValues.date("paymentDate", paymentDate), null));
            return execute && !proposed.items().isEmpty() ? payables.executePaymentRun(proposed.id()) : proposed;
        });
        PaymentRunTable.print(run, execute && run.items().isEmpty() ? " (nothing to execute)" : "");
        return null;
    }
}
