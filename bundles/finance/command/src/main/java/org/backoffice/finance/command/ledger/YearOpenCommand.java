package org.backoffice.finance.command.ledger;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.Period;
import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "finance", name = "year-open", description = "Opens a fiscal year: twelve monthly periods")
@Service
public class YearOpenCommand implements Action {

    @Reference
    PeriodService periods;

    @Argument(index = 0, name = "year", description = "Fiscal year, named by the year it starts in", required = true)
    int year;

    @Override
    public Object execute() throws Exception {
        java.util.List<Period> opened = ShellProblems.report(() -> periods.openFiscalYear(year));
        System.out.println("Fiscal year " + year + " open: " + opened.get(0).id() + " to "
                + opened.get(opened.size() - 1).id());
        return null;
    }
}
