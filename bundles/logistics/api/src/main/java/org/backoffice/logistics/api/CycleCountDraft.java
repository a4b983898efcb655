package org.backoffice.logistics.api;

/** The location to count: a location code of the warehouse. */
public record CycleCountDraft(String warehouse, String location) {
}
