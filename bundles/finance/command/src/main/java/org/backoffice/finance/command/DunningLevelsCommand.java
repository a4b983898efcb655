package org.backoffice.finance.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.dunning.DunningLevel;
import org.backoffice.finance.api.dunning.DunningService;

@Command(scope = "finance", name = "dunning-levels", description = "Lists the dunning levels")
@Service
public class DunningLevelsCommand implements Action {

    @Reference
    DunningService dunning;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Level").alignRight();
        table.column("Name");
        table.column("Days overdue").alignRight();
        table.column("Fee").alignRight();
        table.column("Cur");
        table.column("Version").alignRight();
        for (DunningLevel l : dunning.levels()) {
            table.addRow().addContent(l.level(), l.name(), l.daysOverdue(), l.fee().toPlainString(), l.currency(),
                    l.version());
        }
        table.print(System.out);
        return null;
    }
}
