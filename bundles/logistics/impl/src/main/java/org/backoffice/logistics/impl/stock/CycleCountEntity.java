package org.backoffice.logistics.impl.stock;

import java.time.Instant;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.logistics.api.stock.CycleCount;
import org.backoffice.logistics.api.stock.CycleCountStatus;
import org.backoffice.logistics.impl.warehouse.LocationEntity;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.VersionedRow;

/**
 * Table LOG_CYCLE_COUNT. {@code OPEN_LOCATION_ID} holds the location id while the count is OPEN and is null
 * afterwards: its unique constraint allows one open count per location, and stock moves look for it (NULLs do not
 * collide in Derby or PostgreSQL unique constraints).
 */
@Entity
@Table(name = "LOG_CYCLE_COUNT",
        uniqueConstraints = @UniqueConstraint(name = "LOG_CYCLE_COUNT_OPEN_UK", columnNames = "OPEN_LOCATION_ID"))
public class CycleCountEntity extends VersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_CYCLE_COUNT_IDS")
    @TableGenerator(name = "LOG_CYCLE_COUNT_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "CYCLE_COUNT", allocationSize = 10)
    private Long id;

    @Column(name = "WAREHOUSE_CODE", length = 20, nullable = false)
    private String warehouse;

    @Column(name = "LOCATION_ID", nullable = false)
    private long locationId;

    @Column(name = "LOCATION_CODE", length = 40, nullable = false)
    private String location;

    @Column(name = "OPEN_LOCATION_ID")
    private Long openLocationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private CycleCountStatus status;

    @Convert(converter = UtcInstant.class)
    @Column(name = "OPENED_AT", nullable = false)
    private Instant openedAt;

    @Column(name = "OPENED_BY", length = 100, nullable = false)
    private String openedBy;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "CLOSED_BY", length = 100)
    private String closedBy;

    protected CycleCountEntity() {
    }

    CycleCountEntity(String warehouse, LocationEntity location, Instant openedAt, String openedBy) {
        this.warehouse = warehouse;
        this.locationId = location.id();
        this.location = location.code();
        this.openLocationId = location.id();
        this.status = CycleCountStatus.OPEN;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    long id() {
        return id;
    }

    String warehouse() {
        return warehouse;
    }

    String location() {
        return location;
    }

    CycleCountStatus status() {
        return status;
    }

    /** POSTED or CANCELLED: the location is free for moves again. */
    void close(CycleCountStatus end, Instant at, String by) {
        this.status = end;
        this.openLocationId = null;
        this.closedAt = at;
        this.closedBy = by;
    }

    CycleCount toCount(List<CycleCountLineEntity> lines) {
        return new CycleCount(id, warehouse, location, status,
                lines.stream().map(CycleCountLineEntity::toLine).toList(), openedAt, openedBy, closedAt, closedBy,
                version());
    }
}
