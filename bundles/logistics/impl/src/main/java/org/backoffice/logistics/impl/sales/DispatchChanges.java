package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.backoffice.logistics.impl.Quantities;
import org.backoffice.platform.api.error.ConflictProblem;

/**
 * What dispatching a shipment changes on its order, before any stock row is touched: each shipment line must still
 * be ready on its order line (409 otherwise), takes its quantity from the line's reservations (picked stock first
 * when the line was picked, see {@link SalesMath#allocate}) and counts as shipped on the line.
 */
final class DispatchChanges {

    /** Part of a shipment line taken from one reservation. */
    record Consumption(SalesOrderLineEntity line, ReservationEntity reservation, BigDecimal quantity) {
    }

    private DispatchChanges() {
    }

    /** What of a line can ship now. */
    static BigDecimal ready(SalesOrderLineEntity line) {
        return line.stocked() ? SalesMath.shippable(line.reserved(), line.picked())
                : line.quantity().subtract(line.shipped());
    }

    /** Ships every shipment line on its order line; returns the reservations to issue, unsorted. */
    static List<Consumption> ship(SalesOrderEntity order, List<SalesOrderLineEntity> orderLines,
            List<ShipmentLineEntity> shipmentLines, List<ReservationEntity> reservations) {
        Map<Long, SalesOrderLineEntity> linesById = orderLines.stream()
                .collect(Collectors.toMap(line -> line.id(), line -> line));
        Map<Long, List<ReservationEntity>> byLine = reservations.stream()
                .collect(Collectors.groupingBy(r -> r.orderLineId()));
        List<Consumption> consumptions = new ArrayList<>();
        for (ShipmentLineEntity shipped : shipmentLines) {
            SalesOrderLineEntity line = linesById.get(shipped.orderLineId());
            BigDecimal ready = ready(line);
            if (shipped.quantity().compareTo(ready) > 0) {
                throw new ConflictProblem("only " + Quantities.display(ready, line.uom()).toPlainString() + " "
                        + line.uom() + " of '" + line.sku() + "' (line " + line.lineNo() + " of " + order.number()
                        + ") can ship now, the shipment has " + Quantities.display(shipped.quantity(), line.uom())
                                .toPlainString(),
                        Map.of("available", Quantities.display(ready, line.uom()), "sku", line.sku()));
            }
            if (line.stocked()) {
                List<ReservationEntity> held = byLine.getOrDefault(line.id(), List.of());
                boolean fromPicked = line.picked().signum() > 0;
                List<BigDecimal> taken = SalesMath.allocate(shipped.quantity(), held.stream()
                        .map(r -> fromPicked ? r.picked() : r.reserved()).toList());
                for (int i = 0; i < held.size(); i++) {
                    if (taken.get(i).signum() > 0) {
                        consumptions.add(new Consumption(line, held.get(i), taken.get(i)));
                    }
                }
            }
            line.ship(shipped.quantity());
        }
        return consumptions;
    }
}
