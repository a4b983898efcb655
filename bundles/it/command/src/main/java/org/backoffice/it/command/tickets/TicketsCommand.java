package org.backoffice.it.command.tickets;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.TicketQuery;
import org.backoffice.it.api.TicketService;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "it", name = "tickets", description = "Lists tickets: a queue (--view) and filters")
@Service
public class TicketsCommand extends PagedListCommand {

    @Reference
    TicketService tickets;

    @Option(name = "--view", aliases = "-v", description = "MINE, MY_GROUPS, UNASSIGNED or BREACHING_SOON")
    String view;

    @Option(name = "--status", aliases = "-s", description = "A ticket status, e.g. IN_PROGRESS")
    TicketStatus status;

    @Option(name = "--group", aliases = "-g", description = "Support group code")
    String group;

    @Option(name = "--query", aliases = "-q", description = "Part of the title")
    String text;

    @Override
    public Object execute() throws Exception {
        print(ShellProblems.report(() -> tickets.find(new TicketQuery(view, status, group, null, null, null, null, text,
                null), page())), TicketTable.TABLE, "tickets");
        return null;
    }
}
