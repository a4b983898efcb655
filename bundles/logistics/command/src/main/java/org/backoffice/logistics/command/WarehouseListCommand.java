package org.backoffice.logistics.command;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.platform.api.Address;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.api.warehouse.WarehouseService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "logistics", name = "warehouse-list", description = "Lists warehouses")
@Service
public class WarehouseListCommand implements Action {

    @Reference
    WarehouseService warehouses;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50, at most 500)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<Warehouse> page = warehouses.find(new PageRequest(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name").maxSize(40);
        table.column("Address").maxSize(60);
        table.column("Receiving");
        table.column("Shipping");
        for (Warehouse w : page.items()) {
            table.addRow().addContent(w.code(), w.name(), address(w.address()), w.receivingLocation(),
                    w.shippingLocation());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " warehouses");
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
