package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.dunning.DunningRun;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;

/** Table FIN_DUNNING_RUN: written through JDBC by {@link DunningWriter}, read through JPA. */
@Entity
@Table(name = "FIN_DUNNING_RUN")
public class DunningRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_DUNNING_RUN_IDS")
    @TableGenerator(name = "FIN_DUNNING_RUN_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "DUNNING_RUN", allocationSize = 10)
    private Long id;

    @Column(name = "RUN_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "NOTICES", nullable = false)
    private int notices;

    @Column(name = "INVOICES", nullable = false)
    private int invoices;

    @Column(name = "TOTAL_FEES", precision = 19, scale = 4, nullable = false)
    private BigDecimal totalFees;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false)
    private String createdBy;

    protected DunningRunEntity() {
    }

    DunningRun toRun() {
        return new DunningRun(id, date, notices, invoices, Money.display(totalFees, currency), currency, createdAt,
                createdBy);
    }
}
