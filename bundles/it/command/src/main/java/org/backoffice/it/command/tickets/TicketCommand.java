package org.backoffice.it.command.tickets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.Ticket;
import org.backoffice.it.api.TicketDraft;
import org.backoffice.it.api.TicketService;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "it", name = "ticket", description = "Shows a ticket, or opens one with --open TITLE")
@Service
public class TicketCommand implements Action {

    @Reference
    TicketService tickets;

    @Argument(index = 0, name = "number", description = "The ticket number (leave out with --open)")
    @Completion(TicketNumberCompleter.class)
    String number;

    @Option(name = "--open", description = "Opens a ticket with this title")
    String title;

    @Option(name = "--description", aliases = "-d", description = "The description of a new ticket")
    String description;

    @Option(name = "--category", aliases = "-c", description = "Category code of a new ticket")
    String category;

    @Option(name = "--impact", description = "1 (high) to 3 (low)")
    Integer impact;

    @Option(name = "--urgency", description = "1 (high) to 3 (low)")
    Integer urgency;

    @Option(name = "--group", aliases = "-g", description = "Support group of a new ticket")
    String group;

    @Override
    public Object execute() throws Exception {
        Ticket t = title != null
                ? ShellProblems.report(() -> tickets.open(new TicketDraft(title, description, category, impact,
                        urgency, null, group)))
                : ShellProblems.report(() -> tickets.get(number));
        new Details()
                .add("Number", t.number())
                .add("Title", t.title())
                .add("Status", t.status())
                .add("Priority", t.priority() + " (impact " + t.impact() + ", urgency " + t.urgency() + ")")
                .add("Category", t.category())
                .add("Requester", t.requester())
                .add("Group", t.group())
                .add("Agent", t.agent())
                .add("SLA policy", t.policy())
                .add("SLA", t.slaStatus())
                .add("Due", t.slaDue())
                .add("Opened", t.createdAt())
                .add("Resolved", t.resolvedAt())
                .add("Watchers", String.join(", ", t.watchers()))
                .add("Assets", String.join(", ", t.assets()))
                .add("Merged into", t.mergedInto())
                .print();
        return null;
    }
}
