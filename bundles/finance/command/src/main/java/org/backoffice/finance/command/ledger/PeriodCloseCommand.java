package org.backoffice.finance.command.ledger;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.Period;
import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "finance", name = "period-close", description = "Closes a period to postings (or reopens it with --reopen)")
@Service
public class PeriodCloseCommand implements Action {

    @Reference
    PeriodService periods;

    @Argument(index = 0, name = "period", description = "Period, e.g. 2026-11", required = true)
    @Completion(PeriodCompleter.class)
    String period;

    @Option(name = "--reopen", description = "Reopen a closed period instead")
    boolean reopen;

    @Override
    public Object execute() throws Exception {
        Period result = ShellProblems.report(() -> reopen ? periods.reopen(period) : periods.close(period));
        System.out.println("Period " + result.id() + " is " + result.status());
        return null;
    }
}
