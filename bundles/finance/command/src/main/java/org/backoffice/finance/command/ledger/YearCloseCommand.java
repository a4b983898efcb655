package org.backoffice.finance.command.ledger;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "finance", name = "year-close",
        description = "Year-end close: income and expenses into retained earnings, then the year's periods closed")
@Service
public class YearCloseCommand implements Action {

    @Reference
    LedgerService ledger;

    @Argument(index = 0, name = "year", description = "Fiscal year, named by the year it starts in", required = true)
    int year;

    @Override
    public Object execute() throws Exception {
        JournalEntry closing = ShellProblems.report(() -> ledger.closeYear(year));
        System.out.println("Fiscal year " + year + " closed with " + closing.number() + " (" + closing.lines().size()
                + " lines)");
        return null;
    }
}
