package org.backoffice.it.api;

import java.time.Instant;

/** One audited change of a ticket: a field from one value to another, by whom and when. */
public record HistoryEntry(Instant at, String user, String action, String field, String from, String to) {
}
