package org.backoffice.platform.api.event;

import java.time.Instant;
import java.util.Map;

/**
 * A delivered event. The id is unique and stable, so a handler that may see an event twice (at-least-once delivery)
 * can recognise it.
 */
public record BusinessEvent(long id, String topic, String key, Instant occurredAt, String user,
        Map<String, Object> payload) {

    public BusinessEvent {
        payload = Map.copyOf(payload);
    }
}
