package org.backoffice.logistics.api.warehouse;

import org.backoffice.platform.api.Address;

/**
 * A warehouse, addressed by its unique code. Creating one also creates its root location (code = the warehouse code)
 * and the locations {@code <CODE>-RECV}, where receipts go by default, and {@code <CODE>-SHIP}, where issues come from
 * by default.
 *
 * @param code    1-20 letters, digits, '-', '_' or '.'; cannot change
 * @param version optimistic lock; ignored on create
 */
public record Warehouse(String code, String name, Address address, Long version) {

    /** The default receiving location's code. */
    public String receivingLocation() {
        return code + "-RECV";
    }

    /** The default shipping location's code. */
    public String shippingLocation() {
        return code + "-SHIP";
    }
}
