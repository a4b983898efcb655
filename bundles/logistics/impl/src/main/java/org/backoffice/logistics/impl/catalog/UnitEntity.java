package org.backoffice.logistics.impl.catalog;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.CreatedVersionedRow;

/**
 * Table LOG_UNIT: a unit of measure, addressed by its code. Products, lines and moves refer to it by that code (their
 * {@code UOM} column), so what earlier releases stored as an enum name is a reference to a row here.
 */
@Entity
@Table(name = "LOG_UNIT")
public class UnitEntity extends CreatedVersionedRow {

    /** At most what the {@code UOM} columns of earlier releases hold. */
    public static final int CODE_LENGTH = 10;

    @Id
    @Column(name = "CODE", length = CODE_LENGTH, nullable = false)
    private String code;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @Column(name = "UNECE_CODE", length = 3)
    private String uneceCode;

    @Column(name = "DECIMALS", nullable = false)
    private int decimals;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Convert(converter = UtcInstant.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected UnitEntity() {
    }

    /** A new unit; {@code decimals} already checked (0 to 4). */
    public UnitEntity(String code, String name, String uneceCode, int decimals, Instant now) {
        super(now);
        this.code = code;
        this.name = name;
        this.uneceCode = uneceCode;
        this.decimals = decimals;
        this.active = true;
        this.updatedAt = now;
    }

    static UnitEntity create(Unit unit, Instant now) {
        UnitEntity entity = new UnitEntity(unit.code(), unit.name(), unit.uneceCode(), unit.decimals(), now);
        entity.active = unit.active() == null || unit.active();
        return entity;
    }

    void apply(Unit unit, Instant now) {
        name = unit.name();
        uneceCode = unit.uneceCode();
        decimals = unit.decimals();
        if (unit.active() != null) {
            active = unit.active();
        }
        updatedAt = now;
    }

    public String code() {
        return code;
    }

    /** How many decimals a quantity in this unit may have. */
    public int decimals() {
        return decimals;
    }

    public boolean active() {
        return active;
    }


    public Unit toUnit() {
        return new Unit(code, name, uneceCode, decimals, active, version());
    }

    /** The code, as messages name a unit ("5 PCE"). */
    @Override
    public String toString() {
        return code;
    }
}
