package org.backoffice.it.command.tickets;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.it.api.TicketQuery;
import org.backoffice.it.api.TicketService;
import org.backoffice.platform.api.PageRequest;

/** Completes the numbers of open tickets the caller may see, starting with what was typed. */
@Service
public class TicketNumberCompleter implements Completer {

    @Reference
    TicketService tickets;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition()).toUpperCase();
        StringsCompleter numbers = new StringsCompleter();
        tickets.find(new TicketQuery(null, null, null, null, null, null, null, null, null), PageRequest.first(200))
                .items().stream().map(t -> t.number()).filter(n -> n.startsWith(typed))
                .forEach(n -> numbers.getStrings().add(n));
        return numbers.complete(session, commandLine, candidates);
    }
}
