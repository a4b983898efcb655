package org.backoffice.it.command.tickets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.TicketService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "it", name = "sla", description = "Shows a ticket's SLA targets: consumed, remaining, due")
@Service
public class SlaCommand implements Action {

    @Reference
    TicketService tickets;

    @Argument(index = 0, name = "number", required = true, description = "The ticket number")
    @Completion(TicketNumberCompleter.class)
    String number;

    @Override
    public Object execute() throws Exception {
        TicketTable.SLA.print(ShellProblems.report(() -> tickets.sla(number)));
        return null;
    }
}
