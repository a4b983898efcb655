package org.backoffice.it.api;

/** A link from one ticket to another: {@code RELATED}, {@code DUPLICATE_OF} or {@code CAUSED_BY}. */
public record TicketLink(String kind, String ticket) {

    public static final String RELATED = "RELATED";
    public static final String DUPLICATE_OF = "DUPLICATE_OF";
    public static final String CAUSED_BY = "CAUSED_BY";
}
