package org.backoffice.platform.impl;

import java.time.Instant;

/** An event row as stored, payload still as JSON text. */
record StoredEvent(long id, String topic, String key, Instant occurredAt, String user, String payload) {
}
