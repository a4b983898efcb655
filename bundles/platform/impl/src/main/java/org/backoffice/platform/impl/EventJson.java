package org.backoffice.platform.impl;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Event payloads as JSON text; decimals stay BigDecimal both ways. */
final class EventJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    String write(Map<String, ?> payload) {
        try {
            return mapper.writeValueAsString(payload == null ? Map.of() : payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event payload cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    Map<String, Object> read(String payload) {
        try {
            return mapper.readValue(payload, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event payload is not JSON: " + e.getMessage(), e);
        }
    }
}
