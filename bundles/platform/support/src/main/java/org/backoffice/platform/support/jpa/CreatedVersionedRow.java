package org.backoffice.platform.support.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.MappedSuperclass;

import org.backoffice.platform.api.persistence.UtcInstant;

/**
 * A {@link VersionedRow} that also records when it was created (column CREATED_AT, UTC, never changed afterwards).
 * The persistence unit lists it, {@code VersionedRow} and the {@code UtcInstant} converter among its classes.
 */
@MappedSuperclass
public abstract class CreatedVersionedRow extends VersionedRow {

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected CreatedVersionedRow() {
    }

    protected CreatedVersionedRow(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
