package org.backoffice.finance.command.ledger;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.LedgerCheck;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "finance", name = "verify", description = "Recomputes the balances from the posted lines and shows any difference")
@Service
public class VerifyCommand implements Action {

    private static final Table<LedgerCheck.Difference> DIFFERENCES = Table.of(LedgerCheck.Difference.class)
            .column("Account", LedgerCheck.Difference::account)
            .column("Period", LedgerCheck.Difference::period)
            .column("Stored debit", LedgerCheck.Difference::storedDebit)
            .column("Stored credit", LedgerCheck.Difference::storedCredit)
            .column("Lines debit", LedgerCheck.Difference::linesDebit)
            .column("Lines credit", LedgerCheck.Difference::linesCredit);

    @Reference
    ReportService reports;

    @Override
    public Object execute() {
        LedgerCheck check = reports.verify();
        System.out.println((check.consistent() ? "Consistent" : "INCONSISTENT") + ": " + check.postedEntries()
                + " posted entries, " + check.postedLines() + " lines, " + check.differences().size() + " differences");
        if (!check.differences().isEmpty()) {
            DIFFERENCES.print(check.differences());
        }
        return null;
    }
}
