package org.backoffice.logistics.command.warehouse;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.Address;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.api.warehouse.WarehouseService;

@Command(scope = "logistics", name = "warehouse-add",
        description = "Adds a warehouse with its root, <CODE>-RECV and <CODE>-SHIP locations")
@Service
public class WarehouseAddCommand implements Action {

    @Reference
    WarehouseService warehouses;

    @Argument(index = 0, name = "code", description = "Unique code, e.g. BER", required = true)
    String code;

    @Argument(index = 1, name = "name", description = "Name (quote it when it has spaces)", required = true)
    String name;

    @Option(name = "--street", description = "Address: street")
    String street;

    @Option(name = "--city", description = "Address: city")
    String city;

    @Option(name = "--postal-code", description = "Address: postal code")
    String postalCode;

    @Option(name = "--country", description = "Address: ISO 3166 alpha-2 country (required with an address)")
    String country;

    @Override
    public Object execute() {
        Address address = street == null && city == null && postalCode == null && country == null ? null
                : new Address(street, city, postalCode, country);
        Warehouse created = warehouses.create(new Warehouse(code, name, address, null));
        System.out.println("Warehouse " + created.code() + " added with locations " + created.code() + ", "
                + created.receivingLocation() + ", " + created.shippingLocation());
        return null;
    }
}
