package org.backoffice.logistics.command.catalog;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.logistics.api.catalog.UnitQuery;
import org.backoffice.logistics.api.catalog.UnitService;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "unit-list", description = "Lists units of measure (active ones unless --all)")
@Service
public class UnitListCommand extends PagedListCommand {

    static final Table<Unit> TABLE = Table.of(Unit.class)
            .column("Code", Unit::code)
            .column("Name", 40, Unit::name)
            .column("UN/ECE", Unit::uneceCode)
            .column("Decimals", Unit::decimals)
            .column("Active", unit -> Boolean.TRUE.equals(unit.active()));

    @Reference
    UnitService units;

    @Option(name = "--query", aliases = "-q", description = "Part of the code, name or UN/ECE code")
    String text;

    @Option(name = "--all", aliases = "-a", description = "Include inactive units")
    boolean all;

    @Override
    public Object execute() {
        print(units.find(new UnitQuery(text, all ? null : Boolean.TRUE), page()), TABLE, "units");
        return null;
    }
}
