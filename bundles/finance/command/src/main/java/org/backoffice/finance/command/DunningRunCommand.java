package org.backoffice.finance.command;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.finance.api.dunning.DunningRunRequest;
import org.backoffice.finance.api.dunning.DunningRunResult;
import org.backoffice.finance.api.dunning.DunningService;

@Command(scope = "finance", name = "dunning-run", description = "Issues dunning notices for overdue invoices"
        + " (one per customer, the next level due per invoice)")
@Service
public class DunningRunCommand implements Action {

    @Reference
    DunningService dunning;

    @Option(name = "--date", aliases = "-d", description = "Day of the run (default today)")
    String date;

    @Option(name = "--preview", aliases = "-p", description = "Show the notices without saving anything")
    boolean preview;

    @Override
    public Object execute() {
        DunningRunResult result = dunning.run(new DunningRunRequest(date == null ? null : LocalDate.parse(date),
                preview, null, null));
        ShellTable table = new ShellTable();
        table.column("Notice");
        table.column("Customer");
        table.column("Level");
        table.column("Invoices").alignRight();
        table.column("Total").alignRight();
        table.column("Fee").alignRight();
        for (DunningNotice n : result.notices()) {
            table.addRow().addContent(n.number() == null ? "-" : n.number(), n.customer(),
                    n.level() + " " + n.levelName(), n.invoices().size(), n.total().toPlainString(),
                    n.fee().toPlainString());
        }
        table.print(System.out);
        if (result.preview()) {
            System.out.println("Preview for " + result.date() + ": " + result.notices().size()
                    + " notices would be issued; nothing was saved");
        } else if (result.run() == null) {
            System.out.println("Dunning run " + result.date() + ": 0 notices (nothing new is due)");
        } else {
            System.out.println("Dunning run " + result.run().id() + " for " + result.date() + ": "
                    + result.run().notices() + " notices, " + result.run().invoices() + " invoices, fees "
                    + result.run().totalFees().toPlainString() + " " + result.run().currency());
        }
        return null;
    }
}
