package org.backoffice.finance.command.dunning;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.dunning.DunningService;
import org.backoffice.platform.support.shell.PagedListCommand;

@Command(scope = "finance", name = "dunning-notices", description = "Lists dunning notices, newest first")
@Service
public class DunningNoticesCommand extends PagedListCommand {

    @Reference
    DunningService dunning;

    @Option(name = "--customer", aliases = "-c", description = "Only this customer's notices")
    String customer;

    @Option(name = "--run", aliases = "-r", description = "Only the notices of this run (id)")
    Long run;

    @Override
    public Object execute() {
        print(dunning.findNotices(customer, run, page()), DunningNoticeTable.TABLE, "notices");
        return null;
    }
}
