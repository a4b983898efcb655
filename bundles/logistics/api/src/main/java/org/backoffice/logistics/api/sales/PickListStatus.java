package org.backoffice.logistics.api.sales;

/** OPEN while some line is not confirmed, DONE once every line is. */
public enum PickListStatus {
    OPEN,
    DONE
}
