package org.backoffice.logistics.command.catalog;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.logistics.api.catalog.UnitQuery;
import org.backoffice.logistics.api.catalog.UnitService;
import org.backoffice.platform.api.PageRequest;

/** Completes the codes of active units starting with what was typed. */
@Service
public class UnitCompleter implements Completer {

    @Reference
    UnitService units;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter codes = new StringsCompleter();
        units.find(new UnitQuery(null, Boolean.TRUE), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(Unit::code)
                .filter(code -> code.startsWith(typed.toUpperCase(Locale.ROOT)) || code.startsWith(typed))
                .forEach(code -> codes.getStrings().add(code));
        return codes.complete(session, commandLine, candidates);
    }
}
