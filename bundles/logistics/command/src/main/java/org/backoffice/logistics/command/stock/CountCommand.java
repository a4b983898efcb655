package org.backoffice.logistics.command.stock;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.stock.CycleCountDraft;
import org.backoffice.logistics.api.stock.CycleCountService;
import org.backoffice.logistics.command.warehouse.WarehouseCompleter;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "logistics", name = "count", description = "Opens a cycle count of a location; moves on it are "
        + "refused until the count is posted or cancelled")
@Service
public class CountCommand implements Action {

    @Reference
    CycleCountService counts;

    @Argument(index = 0, name = "location", description = "The location's code", required = true)
    String location;

    @Option(name = "--warehouse", aliases = "-w", description = "The warehouse", required = true)
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Override
    public Object execute() throws Exception {
        CountTable.print(ShellProblems.report(() -> counts.open(new CycleCountDraft(warehouse, location))));
        return null;
    }
}
