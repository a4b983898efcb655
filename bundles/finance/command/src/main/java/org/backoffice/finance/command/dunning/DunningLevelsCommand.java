package org.backoffice.finance.command.dunning;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.dunning.DunningLevel;
import org.backoffice.finance.api.dunning.DunningService;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "finance", name = "dunning-levels", description = "Lists the dunning levels")
@Service
public class DunningLevelsCommand implements Action {

    private static final Table<DunningLevel> TABLE = Table.of(DunningLevel.class)
            .column("Level", DunningLevel::level)
            .column("Name", DunningLevel::name)
            .column("Days overdue", DunningLevel::daysOverdue)
            .column("Fee", DunningLevel::fee)
            .column("Cur", DunningLevel::currency)
            .column("Version", DunningLevel::version);

    @Reference
    DunningService dunning;

    @Override
    public Object execute() {
        TABLE.print(dunning.levels());
        return null;
    }
}
