package org.backoffice.logistics.rest;

import java.util.List;

/** The body of {@code POST /api/logistics/pick-lists}: the ids of the sales orders to pick. */
public record PickListRequest(List<Long> orders) {
}
