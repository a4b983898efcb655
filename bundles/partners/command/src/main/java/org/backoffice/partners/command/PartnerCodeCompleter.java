package org.backoffice.partners.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.partners.api.PartnerQuery;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.PageRequest;

/** Completes partner codes starting with what was typed. */
@Service
public class PartnerCodeCompleter implements Completer {

    @Reference
    PartnerService partners;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter codes = new StringsCompleter();
        partners.find(new PartnerQuery(null, null, typed.isEmpty() ? null : typed), PageRequest.first(200))
                .items().stream()
                .map(p -> p.code())
                .filter(code -> code.startsWith(typed))
                .forEach(code -> codes.getStrings().add(code));
        return codes.complete(session, commandLine, candidates);
    }
}
