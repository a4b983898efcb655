package org.backoffice.logistics.api.stock;

/** OPEN while counting (the location takes no stock moves); POSTED or CANCELLED at the end. */
public enum CycleCountStatus {
    OPEN,
    POSTED,
    CANCELLED
}
