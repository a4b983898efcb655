package org.backoffice.it.api;

import java.time.Instant;

/** A comment: public (the requester sees it) or an internal note (agents only). */
public record TicketComment(long id, String author, String text, boolean internal, Instant createdAt) {
}
