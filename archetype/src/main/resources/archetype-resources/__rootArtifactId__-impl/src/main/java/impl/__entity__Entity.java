package ${package}.impl;

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
import javax.persistence.Version;

import ${package}.api.${entity};
import org.backoffice.platform.api.persistence.UtcInstant;

/** Table ${tablePrefix}_${entity.toUpperCase()}. Never leaves the service: {@code to${entity}()} is what callers get. */
@Entity
@Table(name = "${tablePrefix}_${entity.toUpperCase()}",
        uniqueConstraints = @UniqueConstraint(name = "${tablePrefix}_${entity.toUpperCase()}_CODE_UK", columnNames = "CODE"))
public class ${entity}Entity {

    // ids from a table generator with allocation (never IDENTITY: it defeats batch writing)
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "${tablePrefix}_IDS")
    @TableGenerator(name = "${tablePrefix}_IDS", table = "${tablePrefix}_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "${entity.toUpperCase()}", allocationSize = 50)
    private Long id;

    @Column(name = "CODE", length = 40, nullable = false)
    private String code;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "NOTES", length = 4000)
    private String notes;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ${entity}Entity() {
    }

    static ${entity}Entity create(${entity} values, Instant now) {
        ${entity}Entity entity = new ${entity}Entity();
        entity.code = values.code();
        entity.createdAt = now;
        entity.apply(values, now);
        return entity;
    }

    /** Copies every field but code, id and version. */
    void apply(${entity} values, Instant now) {
        name = values.name();
        notes = values.notes();
        updatedAt = now;
    }

    ${entity} to${entity}() {
        return new ${entity}(code, name, notes, version);
    }
}
