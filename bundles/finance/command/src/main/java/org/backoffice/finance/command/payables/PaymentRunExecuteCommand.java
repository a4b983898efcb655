package org.backoffice.finance.command.payables;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.payables.PaymentRun;

@Command(scope = "finance", name = "payment-run-execute", description = "Pays a proposed payment run after"
        + " review: one payment per supplier, all posted together")
@Service
public class PaymentRunExecuteCommand extends PaymentRunAction {

    @Override
    PaymentRun apply(PayablesService service, long run) {
        return service.executePaymentRun(run);
    }
}
