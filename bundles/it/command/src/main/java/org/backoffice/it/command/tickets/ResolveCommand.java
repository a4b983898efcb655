package org.backoffice.it.command.tickets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.TicketService;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "it", name = "resolve", description = "Resolves a ticket (or moves it to --status)")
@Service
public class ResolveCommand implements Action {

    @Reference
    TicketService tickets;

    @Argument(index = 0, name = "number", required = true, description = "The ticket number")
    @Completion(TicketNumberCompleter.class)
    String number;

    @Argument(index = 1, name = "note", description = "A public note to the requester")
    String note;

    @Option(name = "--status", aliases = "-s", description = "Another status than RESOLVED, e.g. IN_PROGRESS")
    TicketStatus status = TicketStatus.RESOLVED;

    @Override
    public Object execute() throws Exception {
        var t = ShellProblems.report(() -> tickets.transition(number, status, note));
        System.out.println(t.number() + " " + t.status());
        return null;
    }
}
