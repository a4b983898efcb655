package org.backoffice.logistics.api.sales;

/** Filters for {@link ShipmentService#find}; {@code null} fields do not filter. */
public record ShipmentQuery(Long order, ShipmentStatus status, String carrier) {
}
