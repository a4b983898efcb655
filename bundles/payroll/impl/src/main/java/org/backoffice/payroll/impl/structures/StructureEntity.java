package org.backoffice.payroll.impl.structures;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.rules.PayStructure;
import org.backoffice.platform.support.jpa.VersionedRow;

/** One effective version of a pay structure; its components are {@link ComponentEntity} rows. */
@Entity
@Table(name = "PAY_STRUCTURE", uniqueConstraints = @UniqueConstraint(name = "PAY_STRUCTURE_VERSION",
        columnNames = {"CODE", "EFFECTIVE_FROM"}))
public class StructureEntity extends VersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAY_STRUCTURE_IDS")
    @TableGenerator(name = "PAY_STRUCTURE_IDS", table = "PAY_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "STRUCTURE", allocationSize = 20)
    private Long id;
    @Column(name = "CODE", nullable = false, length = 30)
    private String code;
    @Column(name = "EFFECTIVE_FROM", nullable = false)
    private LocalDate effectiveFrom;
    @Column(name = "NAME", nullable = false, length = 200)
    private String name;
    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    protected StructureEntity() {
    }

    StructureEntity(PayStructure structure) {
        this.code = structure.code();
        this.effectiveFrom = structure.effectiveFrom();
        apply(structure);
    }

    void apply(PayStructure structure) {
        this.name = structure.name();
        this.currency = structure.currency();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    PayStructure toStructure(List<PayComponent> components) {
        return new PayStructure(code, name, currency, effectiveFrom, components, version());
    }
}
