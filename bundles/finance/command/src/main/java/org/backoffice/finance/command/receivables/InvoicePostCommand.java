package org.backoffice.finance.command.receivables;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "finance", name = "invoice-post", description = "Posts a draft invoice: numbers it and posts its"
        + " journal entry")
@Service
public class InvoicePostCommand implements Action {

    @Reference
    ReceivablesService receivables;

    @Argument(index = 0, name = "id", description = "Id of the draft invoice", required = true)
    @Completion(InvoiceIdCompleter.class)
    long id;

    @Override
    public Object execute() throws Exception {
        Invoice invoice = ShellProblems.report(() -> receivables.postInvoice(id));
        System.out.println("Posted invoice " + invoice.number() + " to " + invoice.customer() + ": gross "
                + invoice.gross().toPlainString() + " " + invoice.currency() + ", due " + invoice.dueDate()
                + " (journal entry " + invoice.journalEntry() + ")");
        return null;
    }
}
