package org.backoffice.finance.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.ledger.LedgerCheck;
import org.backoffice.finance.api.ledger.ReportService;

@Command(scope = "finance", name = "verify", description = "Recomputes the balances from the posted lines and shows any difference")
@Service
public class VerifyCommand implements Action {

    @Reference
    ReportService reports;

    @Override
    public Object execute() {
        LedgerCheck check = reports.verify();
        System.out.println((check.consistent() ? "Consistent" : "INCONSISTENT") + ": " + check.postedEntries()
                + " posted entries, " + check.postedLines() + " lines, " + check.differences().size() + " differences");
        if (!check.differences().isEmpty()) {
            ShellTable table = new ShellTable();
            table.column("Account");
            table.column("Period");
            table.column("Stored debit").alignRight();
            table.column("Stored credit").alignRight();
            table.column("Lines debit").alignRight();
            table.column("Lines credit").alignRight();
            for (LedgerCheck.Difference d : check.differences()) {
                table.addRow().addContent(d.account(), d.period(), d.storedDebit(), d.storedCredit(), d.linesDebit(),
                        d.linesCredit());
            }
            table.print(System.out);
        }
        return null;
    }
}
