package org.backoffice.finance.command.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.GeneralLedger;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "finance", name = "general-ledger", description = "Shows an account's postings with the running balance")
@Service
public class GeneralLedgerCommand implements Action {

    /** A posting, or the opening balance (no debit or credit). */
    private record Row(LocalDate date, String entry, String description, BigDecimal debit, BigDecimal credit,
            BigDecimal balance) {
    }

    private static final Table<Row> TABLE = Table.of(Row.class).column("Date", Row::date).column("Entry", Row::entry)
            .column("Description", 40, Row::description).right("Debit", Row::debit).right("Credit", Row::credit)
            .right("Balance", Row::balance);

    @Reference
    ReportService reports;

    @Argument(index = 0, name = "account", description = "Account code", required = true)
    @Completion(AccountCodeCompleter.class)
    String account;

    @Option(name = "--from", description = "First day (default: first day of this month)")
    String from;

    @Option(name = "--to", description = "Last day (default: today)")
    String to;

    @Override
    public Object execute() {
        LocalDate end = to == null ? LocalDate.now() : QueryParams.date("to", to);
        LocalDate start = from == null ? end.withDayOfMonth(1) : QueryParams.date("from", from);
        GeneralLedger ledger = reports.generalLedger(account, start, end);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(start, "", "Opening balance", null, null, ledger.opening()));
        for (GeneralLedger.Line line : ledger.lines()) {
            rows.add(new Row(line.date(), line.number(), line.description(), line.debit(), line.credit(),
                    line.balance()));
        }
        TABLE.print(rows);
        System.out.println(ledger.account() + " " + ledger.name() + ": closing balance " + ledger.closing()
                .toPlainString());
        return null;
    }
}
