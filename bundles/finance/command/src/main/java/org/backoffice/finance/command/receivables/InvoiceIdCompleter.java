package org.backoffice.finance.command.receivables;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.receivables.InvoiceQuery;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.platform.api.PageRequest;

/** Completes the ids of the newest draft, posted and partially paid invoices. */
@Service
public class InvoiceIdCompleter implements Completer {

    @Reference
    ReceivablesService receivables;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        for (InvoiceStatus status : List.of(InvoiceStatus.DRAFT, InvoiceStatus.POSTED, InvoiceStatus.PARTIALLY_PAID)) {
            receivables.findInvoices(new InvoiceQuery(null, status, null, null, null),
                    PageRequest.first(PageRequest.MAX_LIMIT)).items()
                    .forEach(i -> ids.getStrings().add(Long.toString(i.id())));
        }
        return ids.complete(session, commandLine, candidates);
    }
}
