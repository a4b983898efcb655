package org.backoffice.finance.command.ledger;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.finance.api.ledger.Period;
import org.backoffice.finance.api.ledger.PeriodService;

/** Completes the ids of existing periods, e.g. 2026-11. */
@Service
public class PeriodCompleter implements Completer {

    @Reference
    PeriodService periods;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        periods.list(null).stream().map(Period::id).forEach(id -> ids.getStrings().add(id));
        return ids.complete(session, commandLine, candidates);
    }
}
