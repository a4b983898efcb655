package org.backoffice.it.api.assets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A piece of IT equipment.
 *
 * @param category    laptop, phone, server, network, monitor, … (lower case)
 * @param cost        the purchase cost in {@code currency}, never a double
 * @param holder      who has it checked out: an employee number when HR is installed, else a user name
 * @param attachedTo  the tag of the asset it belongs to (a monitor on a desk, software on a server), or {@code null}
 */
public record Asset(String tag, String serial, String model, String manufacturer, String category,
        LocalDate purchaseDate, BigDecimal cost, String currency, String supplier, LocalDate warrantyEnd,
        String location, AssetStatus status, String holder, String attachedTo, Long version) {
}
