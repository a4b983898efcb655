package org.backoffice.platform.support.jpa;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/**
 * The optimistic version of a row that callers change (column VERSION, set by EclipseLink: 1 after the insert, one
 * more with every update). An entity extends it, and the persistence unit lists it among its classes.
 */
@MappedSuperclass
public abstract class VersionedRow {

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected VersionedRow() {
    }

    public long version() {
        return version;
    }
}
