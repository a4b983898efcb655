package org.backoffice.bridge.logisticsfinance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Reads an event payload as the publisher wrote it (see the topic's javadoc). A missing or malformed member is an
 * {@link IllegalArgumentException} naming it: the event is then retried and shows the message in the subscription's
 * last error, rather than becoming a wrong document.
 */
final class Payload {

    private final String topic;
    private final Map<String, ?> values;

    Payload(String topic, Map<String, ?> values) {
        this.topic = topic;
        this.values = values;
    }

    String text(String key) {
        Object value = values.get(key);
        if (value == null || value.toString().isBlank()) {
            throw missing(key);
        }
        return value.toString();
    }

    String optionalText(String key) {
        Object value = values.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** Numbers come back from the log's JSON as BigDecimal, Integer or Long; all are read exactly. */
    BigDecimal decimal(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw missing(key);
        }
        try {
            return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(topic + ": '" + key + "' is not a number: " + value, e);
        }
    }

    /** The UTC day of an ISO instant member, or null when it is absent. */
    LocalDate day(String key) {
        String text = optionalText(key);
        return text == null ? null : LocalDate.ofInstant(Instant.parse(text), ZoneOffset.UTC);
    }

    List<Payload> list(String key) {
        if (!(values.get(key) instanceof List<?> items) || items.isEmpty()) {
            throw new IllegalArgumentException(topic + ": '" + key + "' is missing or empty");
        }
        return items.stream().map(item -> {
            if (!(item instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(topic + ": an item of '" + key + "' is not an object: " + item);
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> members = (Map<String, ?>) map;
            return new Payload(topic, members);
        }).toList();
    }

    private IllegalArgumentException missing(String key) {
        return new IllegalArgumentException(topic + ": the payload has no '" + key + "'");
    }
}
