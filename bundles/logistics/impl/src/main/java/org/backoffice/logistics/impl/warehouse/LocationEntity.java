package org.backoffice.logistics.impl.warehouse;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.platform.api.persistence.UtcInstant;

/** Table LOG_LOCATION: a node of a warehouse's location tree; the root has no parent. */
@Entity
@Table(name = "LOG_LOCATION",
        uniqueConstraints = @UniqueConstraint(name = "LOG_LOCATION_CODE_UK", columnNames = {"WAREHOUSE_ID", "CODE"}))
public class LocationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_LOCATION_IDS")
    @TableGenerator(name = "LOG_LOCATION_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "LOCATION", allocationSize = 50)
    private Long id;

    @Column(name = "WAREHOUSE_ID", nullable = false)
    private long warehouseId;

    @Column(name = "CODE", length = 40, nullable = false)
    private String code;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected LocationEntity() {
    }

    LocationEntity(long warehouseId, String code, String name, Long parentId, boolean active, Instant now) {
        this.warehouseId = warehouseId;
        this.code = code;
        this.name = name;
        this.parentId = parentId;
        this.active = active;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    long warehouseId() {
        return warehouseId;
    }

    public String code() {
        return code;
    }

    String name() {
        return name;
    }

    Long parentId() {
        return parentId;
    }

    public boolean active() {
        return active;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void activate(boolean value) {
        this.active = value;
    }
}
