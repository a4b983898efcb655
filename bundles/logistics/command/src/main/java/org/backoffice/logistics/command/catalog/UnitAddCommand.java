package org.backoffice.logistics.command.catalog;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.logistics.api.catalog.UnitService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "logistics", name = "unit-add", description = "Adds a unit of measure, e.g. logistics:unit-add "
        + "--unece PR --decimals 0 PAIR \"Pair\"")
@Service
public class UnitAddCommand implements Action {

    @Reference
    UnitService units;

    @Argument(index = 0, name = "code", description = "Unique code, e.g. BOX or PAIR", required = true)
    String code;

    @Argument(index = 1, name = "name", description = "Name in any script (quote it when it has spaces)",
            required = true)
    String name;

    @Option(name = "--unece", aliases = "-u", description = "UN/ECE Recommendation 20 code, e.g. PR")
    String unece;

    @Option(name = "--decimals", aliases = "-d", description = "Decimals a quantity may have, 0 (default) to 4")
    int decimals;

    @Override
    public Object execute() throws Exception {
        Unit created = ShellProblems.report(() -> units.create(new Unit(code, name, unece, decimals, null, null)));
        System.out.println("Unit " + created.code() + " added (" + created.decimals() + " decimals)");
        return null;
    }
}
