package org.backoffice.finance.command.payables;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.payables.BillQuery;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.platform.api.PageRequest;

/** Completes the ids of the newest draft bills. */
@Service
public class BillIdCompleter implements Completer {

    @Reference
    PayablesService payables;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        payables.findBills(new BillQuery(null, InvoiceStatus.DRAFT, null, null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items()
                .forEach(b -> ids.getStrings().add(Long.toString(b.id())));
        return ids.complete(session, commandLine, candidates);
    }
}
