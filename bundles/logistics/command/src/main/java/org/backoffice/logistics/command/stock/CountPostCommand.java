package org.backoffice.logistics.command.stock;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.stock.CycleCountService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "logistics", name = "count-post", description = "Posts a cycle count: one ADJUSTMENT per difference")
@Service
public class CountPostCommand implements Action {

    @Reference
    CycleCountService counts;

    @Argument(index = 0, name = "id", description = "The cycle count's id", required = true)
    long id;

    @Override
    public Object execute() throws Exception {
        CountTable.print(ShellProblems.report(() -> counts.post(id)));
        return null;
    }
}
