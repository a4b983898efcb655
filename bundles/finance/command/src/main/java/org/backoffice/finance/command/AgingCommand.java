package org.backoffice.finance.command;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.AgingReport;
import org.backoffice.finance.api.AgingRow;
import org.backoffice.finance.api.ReceivablesService;

@Command(scope = "finance", name = "aging", description = "Receivables aging by customer: open amounts by days past due")
@Service
public class AgingCommand implements Action {

    @Reference
    ReceivablesService receivables;

    @Option(name = "--as-of", description = "Day of the report (default today)")
    String asOf;

    @Option(name = "--currency", description = "Currency of the documents (default: base currency)")
    String currency;

    @Override
    public Object execute() {
        AgingReport report = receivables.aging(asOf == null ? null : LocalDate.parse(asOf), currency);
        ShellTable table = new ShellTable();
        table.column("Customer");
        for (String bucket : new String[] {"Current", "1-30", "31-60", "61-90", ">90", "Total"}) {
            table.column(bucket).alignRight();
        }
        for (AgingRow row : report.items()) {
            add(table, row.partner(), row);
        }
        add(table, "TOTAL", report.totals());
        System.out.println("Receivables aging as of " + report.asOf() + " (" + report.currency() + ")");
        table.print(System.out);
        return null;
    }

    private static void add(ShellTable table, String name, AgingRow row) {
        table.addRow().addContent(name, text(row.current()), text(row.d1to30()), text(row.d31to60()),
                text(row.d61to90()), text(row.over90()), text(row.total()));
    }

    private static String text(BigDecimal amount) {
        return amount.toPlainString();
    }
}
