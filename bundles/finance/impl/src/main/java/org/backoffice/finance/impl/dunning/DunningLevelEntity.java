package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.finance.api.dunning.DunningLevel;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.support.jpa.VersionedRow;

/** Table FIN_DUNNING_LEVEL: one row per level number. */
@Entity
@Table(name = "FIN_DUNNING_LEVEL", uniqueConstraints = @UniqueConstraint(name = "FIN_DUNNING_LEVEL_UK",
        columnNames = "LEVEL_NO"))
public class DunningLevelEntity extends VersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_DUNNING_LEVEL_IDS")
    @TableGenerator(name = "FIN_DUNNING_LEVEL_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "DUNNING_LEVEL", allocationSize = 10)
    private Long id;

    @Column(name = "LEVEL_NO", nullable = false)
    private int level;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @Column(name = "DAYS_OVERDUE", nullable = false)
    private int daysOverdue;

    @Column(name = "FEE", precision = 19, scale = 4, nullable = false)
    private BigDecimal fee;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "LETTER_TEXT", length = DunningRules.MAX_TEXT, nullable = false)
    private String text;

    protected DunningLevelEntity() {
    }

    DunningLevelEntity(int level, String currency) {
        this.level = level;
        this.currency = currency;
    }

    void apply(DunningLevel changes) {
        name = changes.name();
        daysOverdue = changes.daysOverdue();
        fee = changes.fee();
        text = changes.text();
    }

    int level() {
        return level;
    }

    DunningRules.Level toRule() {
        return new DunningRules.Level(level, name, daysOverdue, fee, text);
    }

    DunningLevel toLevel() {
        return new DunningLevel(level, name, daysOverdue, Money.display(fee, currency), currency, text, version());
    }
}
