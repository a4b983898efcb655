package org.backoffice.finance.command.payables;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.payables.PaymentRun;

@Command(scope = "finance", name = "payment-run-cancel", description = "Cancels a proposed payment run"
        + " without paying; its bills can be proposed again")
@Service
public class PaymentRunCancelCommand extends PaymentRunAction {

    @Override
    PaymentRun apply(PayablesService service, long run) {
        return service.cancelPaymentRun(run);
    }
}
