package org.backoffice.logistics.command.warehouse;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.warehouse.Location;
import org.backoffice.logistics.api.warehouse.WarehouseService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "logistics", name = "location-set",
        description = "Renames, deactivates or reactivates a location (an inactive location takes no stock moves)")
@Service
public class LocationSetCommand implements Action {

    @Reference
    WarehouseService warehouses;

    @Argument(index = 0, name = "warehouse", description = "The warehouse's code", required = true)
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Argument(index = 1, name = "location", description = "The location's code", required = true)
    String location;

    @Option(name = "--name", description = "New name")
    String name;

    @Option(name = "--inactive", description = "Deactivate (refused while it holds stock)")
    boolean inactive;

    @Option(name = "--active", description = "Reactivate")
    boolean active;

    @Override
    public Object execute() throws Exception {
        if (inactive && active) {
            System.err.println("Error: give --active or --inactive, not both");
            return null;
        }
        Boolean flag = inactive ? Boolean.FALSE : active ? Boolean.TRUE : null;
        Location changed = ShellProblems.report(() -> warehouses.updateLocation(warehouse, location,
                new Location(null, null, name, null, flag)));
        if (changed != null) {
            System.out.println("Location " + changed.warehouse() + "/" + changed.code() + " \"" + changed.name()
                    + "\" is " + (changed.active() ? "active" : "inactive"));
        }
        return null;
    }
}
