package org.backoffice.logistics.api.sales;

/** How a delivery note is rendered. */
public enum DeliveryNoteFormat {
    /** Plain text, aligned columns. */
    TEXT,
    /** A standalone HTML page; every value is escaped. */
    HTML
}
