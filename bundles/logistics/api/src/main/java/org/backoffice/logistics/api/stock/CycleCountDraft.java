package org.backoffice.logistics.api.stock;

/** The location to count: a location code of the warehouse. */
public record CycleCountDraft(String warehouse, String location) {
}
