package org.backoffice.logistics.impl.warehouse;

import org.backoffice.platform.api.Address;
import org.backoffice.logistics.api.warehouse.Location;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.impl.Codes;
import org.backoffice.platform.api.error.Validator;

/** The rules warehouses and locations must satisfy, whatever the caller. */
final class WarehouseRules {

    private WarehouseRules() {
    }

    static void check(Warehouse warehouse) {
        Validator v = new Validator();
        Codes.check(v, "code", warehouse.code(), Codes.WAREHOUSE_LENGTH);
        v.requiredText("name", warehouse.name(), 200);
        Address address = warehouse.address();
        if (address != null) {
            v.optionalText("address.street", address.street(), 200);
            v.optionalText("address.city", address.city(), 100);
            v.optionalText("address.postalCode", address.postalCode(), 20);
            if (v.required("address.country", address.country())) {
                v.country("address.country", address.country());
            }
        }
        v.throwIfInvalid();
    }

    /** A location update: only the name (1-200 when given) and the active flag may change. */
    static void checkUpdate(String warehouse, String code, Location location) {
        Validator v = new Validator();
        v.check(location.warehouse() == null || location.warehouse().equals(warehouse), "warehouse",
                "must be the warehouse of the path ('" + warehouse + "') or left out");
        v.check(location.code() == null || location.code().equals(code), "code",
                "cannot be changed (the path names '" + code + "')");
        v.check(location.parent() == null, "parent", "cannot be changed; create the location where it belongs");
        if (location.name() != null) {
            v.requiredText("name", location.name(), 200);
        }
        v.throwIfInvalid();
    }

    static void check(String warehouse, Location location) {
        Validator v = new Validator();
        v.check(location.warehouse() == null || location.warehouse().equals(warehouse), "warehouse",
                "must be the warehouse of the path ('" + warehouse + "') or left out");
        Codes.check(v, "code", location.code(), Codes.LOCATION_LENGTH);
        v.requiredText("name", location.name(), 200);
        v.optionalText("parent", location.parent(), Codes.LOCATION_LENGTH);
        v.throwIfInvalid();
    }
}
