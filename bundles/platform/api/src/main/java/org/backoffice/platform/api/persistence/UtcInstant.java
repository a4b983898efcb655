package org.backoffice.platform.api.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores an {@link Instant} as a SQL {@code TIMESTAMP} holding the UTC wall-clock time, the convention every
 * Backoffice table follows. JPA 2.2 has no mapping of its own for {@code Instant} (EclipseLink would serialize it into
 * a BLOB), so every {@code Instant} attribute carries {@code @Convert(converter = UtcInstant.class)}, and the unit lists
 * this class. Code writing the same columns through JDBC uses {@link #toTimestamp}.
 */
@Converter
public class UtcInstant implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** The JDBC value of an instant in a column mapped with this converter. */
    public static Timestamp toTimestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
