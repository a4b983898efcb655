package org.backoffice.platform.api.event;

import java.util.Map;

/**
 * An event to append with {@link EventLog#appendAll}.
 *
 * @param topic   e.g. {@code org/backoffice/finance/JOURNAL_ENTRY_POSTED}
 * @param key     the business id the event is about
 * @param payload JSON-compatible values
 * @param user    who caused it; {@code null} for the current actor at the time of appending
 */
public record NewEvent(String topic, String key, Map<String, ?> payload, String user) {

    public static NewEvent of(String topic, String key, Map<String, ?> payload) {
        return new NewEvent(topic, key, payload, null);
    }
}
