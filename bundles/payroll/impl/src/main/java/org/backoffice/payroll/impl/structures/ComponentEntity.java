package org.backoffice.payroll.impl.structures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.payroll.api.rules.Bracket;
import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.rules.RuleType;

/** One component of one structure version; the bands of a table as {@code from:rate} pairs separated by {@code ;}. */
@Entity
@Table(name = "PAY_COMPONENT", indexes = @Index(name = "PAY_COMPONENT_STRUCTURE", columnList = "STRUCTURE_ID"))
public class ComponentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAY_COMPONENT_IDS")
    @TableGenerator(name = "PAY_COMPONENT_IDS", table = "PAY_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "COMPONENT", allocationSize = 50)
    private Long id;
    @Column(name = "STRUCTURE_ID", nullable = false)
    private long structureId;
    @Column(name = "POSITION", nullable = false)
    private int position;
    @Column(name = "CODE", nullable = false, length = 30)
    private String code;
    @Column(name = "NAME", nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private ComponentKind kind;
    @Column(name = "TAXABLE")
    private Boolean taxable;
    @Column(name = "PRORATED")
    private Boolean prorated;
    @Enumerated(EnumType.STRING)
    @Column(name = "RULE_TYPE", nullable = false, length = 10)
    private RuleType type;
    @Column(name = "AMOUNT", precision = 19, scale = 4)
    private BigDecimal amount;
    @Column(name = "INPUT_NAME", length = 30)
    private String input;
    @Column(name = "RATE_PERCENT", precision = 19, scale = 6)
    private BigDecimal ratePercent;
    @Column(name = "BASE", length = 2000)
    private String base;
    @Column(name = "MINIMUM", precision = 19, scale = 4)
    private BigDecimal minimum;
    @Column(name = "MAXIMUM", precision = 19, scale = 4)
    private BigDecimal maximum;
    @Column(name = "BRACKETS", length = 2000)
    private String brackets;
    @Column(name = "FORMULA", length = 2000)
    private String formula;
    @Column(name = "SCALE")
    private Integer scale;
    @Column(name = "ROUNDING_MODE", length = 10)
    private String roundingMode;

    protected ComponentEntity() {
    }

    ComponentEntity(long structureId, int position, PayComponent c) {
        this.structureId = structureId;
        this.position = position;
        this.code = c.code();
        this.name = c.name();
        this.kind = c.kind();
        this.taxable = c.taxable();
        this.prorated = c.prorated();
        this.type = c.type();
        this.amount = c.amount();
        this.input = c.input();
        this.ratePercent = c.ratePercent();
        this.base = c.base();
        this.minimum = c.minimum();
        this.maximum = c.maximum();
        this.brackets = c.brackets() == null ? null : String.join(";", c.brackets().stream()
                .map(b -> b.from().toPlainString() + ":" + b.ratePercent().toPlainString()).toList());
        this.formula = c.formula();
        this.scale = c.scale();
        this.roundingMode = c.roundingMode();
    }

    long structureId() {
        return structureId;
    }

    int position() {
        return position;
    }

    PayComponent toComponent() {
        List<Bracket> bands = null;
        if (brackets != null && !brackets.isEmpty()) {
            bands = new ArrayList<>();
            for (String band : brackets.split(";")) {
                String[] parts = band.split(":");
                bands.add(new Bracket(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
            }
        }
        return new PayComponent(code, name, kind, taxable, prorated, type, strip(amount), input, strip(ratePercent),
                base, strip(minimum), strip(maximum), bands, formula, scale, roundingMode);
    }

    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
