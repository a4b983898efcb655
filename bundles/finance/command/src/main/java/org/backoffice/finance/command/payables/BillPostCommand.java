package org.backoffice.finance.command.payables;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.payables.Bill;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "finance", name = "bill-post", description = "Posts a draft supplier bill: numbers it and posts"
        + " its journal entry")
@Service
public class BillPostCommand implements Action {

    @Reference
    PayablesService payables;

    @Argument(index = 0, name = "id", description = "Id of the draft bill", required = true)
    @Completion(BillIdCompleter.class)
    long id;

    @Override
    public Object execute() throws Exception {
        Bill bill = ShellProblems.report(() -> payables.postBill(id));
        System.out.println("Posted bill " + bill.number() + " from " + bill.supplier() + " ("
                + bill.supplierReference() + "): gross " + bill.gross().toPlainString() + " " + bill.currency()
                + ", due " + bill.dueDate() + " (journal entry " + bill.journalEntry() + ")");
        return null;
    }
}
