package org.backoffice.it.command.tickets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.TicketService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "it", name = "comment", description = "Adds a public comment (or an internal note) to a ticket")
@Service
public class CommentCommand implements Action {

    @Reference
    TicketService tickets;

    @Argument(index = 0, name = "number", required = true, description = "The ticket number")
    @Completion(TicketNumberCompleter.class)
    String number;

    @Argument(index = 1, name = "text", required = true, description = "The comment")
    String text;

    @Option(name = "--internal", aliases = "-i", description = "An internal note the requester does not see")
    boolean internal;

    @Override
    public Object execute() throws Exception {
        var c = ShellProblems.report(() -> tickets.comment(number, text, internal));
        System.out.println((c.internal() ? "note #" : "comment #") + c.id() + " on " + number);
        return null;
    }
}
