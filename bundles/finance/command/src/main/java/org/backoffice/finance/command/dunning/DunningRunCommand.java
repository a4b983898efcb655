package org.backoffice.finance.command.dunning;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.dunning.DunningRunRequest;
import org.backoffice.finance.api.dunning.DunningRunResult;
import org.backoffice.finance.api.dunning.DunningService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

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
    public Object execute() throws Exception {
        DunningRunResult result = ShellProblems.report(() -> dunning.run(new DunningRunRequest(
                ShellValues.date("date", date), preview, null, null)));
        DunningNoticeTable.TABLE.print(result.notices());
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
