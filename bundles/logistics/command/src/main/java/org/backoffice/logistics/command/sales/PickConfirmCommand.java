package org.backoffice.logistics.command.sales;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.sales.PickListService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "logistics", name = "pick-confirm",
        description = "Confirms a pick list line with the quantity actually picked (less is a short pick)")
@Service
public class PickConfirmCommand implements Action {

    @Reference
    PickListService pickLists;

    @Argument(index = 0, name = "pickList", description = "The pick list's id", required = true)
    long pickList;

    @Argument(index = 1, name = "line", description = "The line's id, as printed by logistics:pick", required = true)
    long line;

    @Argument(index = 2, name = "quantity", description = "Picked, in the product's unit", required = true)
    String quantity;

    @Override
    public Object execute() throws Exception {
        SalesTables.printPickList(ShellProblems.report(() -> pickLists.confirmLine(pickList, line,
                ShellValues.decimal("quantity", quantity))));
        return null;
    }
}
