package org.backoffice.it.command.tickets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.TicketService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "it", name = "assign", description = "Assigns a ticket to a group and optionally an agent")
@Service
public class AssignCommand implements Action {

    @Reference
    TicketService tickets;

    @Argument(index = 0, name = "number", required = true, description = "The ticket number")
    @Completion(TicketNumberCompleter.class)
    String number;

    @Argument(index = 1, name = "group", required = true, description = "Support group code")
    String group;

    @Argument(index = 2, name = "agent", description = "User name of an agent of the group")
    String agent;

    @Override
    public Object execute() throws Exception {
        var t = ShellProblems.report(() -> tickets.assign(number, group, agent));
        System.out.println(t.number() + " " + t.status() + " to " + t.group() + (t.agent() == null ? "" : " / "
                + t.agent()));
        return null;
    }
}
