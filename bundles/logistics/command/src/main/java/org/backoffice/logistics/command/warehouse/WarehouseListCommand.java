package org.backoffice.logistics.command.warehouse;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.Address;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.api.warehouse.WarehouseService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "warehouse-list", description = "Lists warehouses")
@Service
public class WarehouseListCommand extends PagedListCommand {

    private static final Table<Warehouse> TABLE = Table.of(Warehouse.class).column("Code", Warehouse::code)
            .column("Name", 40, Warehouse::name).column("Address", 60, w -> address(w.address()))
            .column("Receiving", Warehouse::receivingLocation).column("Shipping", Warehouse::shippingLocation);

    @Reference
    WarehouseService warehouses;

    @Override
    public Object execute() {
        Page<Warehouse> page = warehouses.find(page());
        print(page, TABLE, "warehouses");
        return null;
    }

    private static String address(Address a) {
        if (a == null) {
            return "";
        }
        return Stream.of(a.street(), a.postalCode(), a.city(), a.country())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }
}
