package org.backoffice.finance.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.finance.api.dunning.DunningService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "finance", name = "dunning-notices", description = "Lists dunning notices, newest first")
@Service
public class DunningNoticesCommand implements Action {

    @Reference
    DunningService dunning;

    @Option(name = "--customer", aliases = "-c", description = "Only this customer's notices")
    String customer;

    @Option(name = "--run", aliases = "-r", description = "Only the notices of this run (id)")
    Long run;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<DunningNotice> page = dunning.findNotices(customer, run, PageRequest.first(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Number");
        table.column("Date");
        table.column("Customer");
        table.column("Level");
        table.column("Invoices").alignRight();
        table.column("Total").alignRight();
        table.column("Fee").alignRight();
        table.column("Cur");
        for (DunningNotice n : page.items()) {
            table.addRow().addContent(n.id(), n.number(), n.date(), n.customer(), n.level() + " " + n.levelName(),
                    n.invoices().size(), n.total().toPlainString(), n.fee().toPlainString(), n.currency());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " notices");
        return null;
    }
}
