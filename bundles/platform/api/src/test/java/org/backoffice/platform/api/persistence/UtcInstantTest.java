package org.backoffice.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class UtcInstantTest {

    private final UtcInstant converter = new UtcInstant();

    @Test
    void storesTheUtcWallClockAndReadsTheSameInstantBack() {
        Instant instant = Instant.parse("2026-11-26T23:30:00.123456789Z");
        LocalDateTime column = converter.convertToDatabaseColumn(instant);
        assertEquals(LocalDateTime.of(2026, 11, 26, 23, 30, 0, 123_456_789), column);
        assertEquals(instant, converter.convertToEntityAttribute(column));
        assertEquals(column, UtcInstant.toTimestamp(instant).toLocalDateTime());
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
        assertNull(UtcInstant.toTimestamp(null));
    }
}
