package org.backoffice.logistics.api.sales;

/** Filters for {@link PickListService#find}; {@code null} fields do not filter. */
public record PickListQuery(PickListStatus status, Long order) {
}
