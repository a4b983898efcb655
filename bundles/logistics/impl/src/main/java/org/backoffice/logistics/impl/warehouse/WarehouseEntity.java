package org.backoffice.logistics.impl.warehouse;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.platform.support.jpa.AddressColumns;
import org.backoffice.platform.support.jpa.CreatedVersionedRow;

/** Table LOG_WAREHOUSE. */
@Entity
@Table(name = "LOG_WAREHOUSE",
        uniqueConstraints = @UniqueConstraint(name = "LOG_WAREHOUSE_CODE_UK", columnNames = "CODE"))
public class WarehouseEntity extends CreatedVersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_WAREHOUSE_IDS")
    @TableGenerator(name = "LOG_WAREHOUSE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "WAREHOUSE", allocationSize = 10)
    private Long id;

    @Column(name = "CODE", length = 20, nullable = false)
    private String code;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Embedded
    private AddressColumns address;

    protected WarehouseEntity() {
    }

    WarehouseEntity(Warehouse warehouse, Instant now) {
        super(now);
        this.code = warehouse.code();
        this.name = warehouse.name();
        this.address = AddressColumns.of(warehouse.address());
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    void apply(Warehouse warehouse) {
        this.name = warehouse.name();
        this.address = AddressColumns.of(warehouse.address());
    }

    public Warehouse toWarehouse() {
        return new Warehouse(code, name, AddressColumns.toAddress(address), version());
    }
}
