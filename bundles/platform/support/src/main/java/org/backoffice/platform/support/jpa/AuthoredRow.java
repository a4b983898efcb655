package org.backoffice.platform.support.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/**
 * A {@link CreatedVersionedRow} that also records who created it (column CREATED_BY, the user name, 200 characters;
 * an entity whose table has it shorter maps it with {@code @AttributeOverride(name = "createdBy", ...)}). The
 * persistence unit lists it beside the other two.
 */
@MappedSuperclass
public abstract class AuthoredRow extends CreatedVersionedRow {

    @Column(name = "CREATED_BY", length = 200, nullable = false)
    private String createdBy;

    protected AuthoredRow() {
    }

    protected AuthoredRow(Instant createdAt, String createdBy) {
        super(createdAt);
        this.createdBy = createdBy;
    }

    public String createdBy() {
        return createdBy;
    }
}
