package org.backoffice.logistics.command.sales;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.sales.PickListService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "logistics", name = "pick",
        description = "Creates a pick list for one or more confirmed sales orders and prints it")
@Service
public class PickCommand implements Action {

    @Reference
    PickListService pickLists;

    @Argument(index = 0, name = "orders", description = "Sales order ids", required = true, multiValued = true)
    @Completion(OrderIdCompleter.class)
    List<Long> orders;

    @Override
    public Object execute() throws Exception {
        SalesTables.printPickList(ShellProblems.report(() -> pickLists.create(orders)));
        return null;
    }
}
