package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.platform.api.Money;

/**
 * Table FIN_DUNNING_ITEM: an invoice on a notice and the level it received. The unique key (invoice, level) is the
 * last guard of "a level is issued once per invoice"; its index also finds an invoice's highest level. Written through
 * JDBC batches by {@link DunningWriter}.
 */
@Entity
@Table(name = "FIN_DUNNING_ITEM", uniqueConstraints = @UniqueConstraint(name = "FIN_DUNNING_ITEM_UK",
        columnNames = {"INVOICE_ID", "LEVEL_NO"}), indexes = @Index(name = "FIN_DUNNING_ITEM_NOTICE_IX",
        columnList = "NOTICE_ID"))
public class DunningItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_DUNNING_ITEM_IDS")
    @TableGenerator(name = "FIN_DUNNING_ITEM_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "DUNNING_ITEM", allocationSize = 1000)
    private Long id;

    @Column(name = "NOTICE_ID", nullable = false)
    private long notice;

    @Column(name = "INVOICE_ID", nullable = false)
    private long invoice;

    @Column(name = "INVOICE_NUMBER", length = 20, nullable = false)
    private String invoiceNumber;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "DAYS_OVERDUE", nullable = false)
    private int daysOverdue;

    @Column(name = "OPEN_AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal open;

    @Column(name = "LEVEL_NO", nullable = false)
    private int level;

    protected DunningItemEntity() {
    }

    long notice() {
        return notice;
    }

    DunningNotice.Item toItem(String currency) {
        return new DunningNotice.Item(invoice, invoiceNumber, dueDate, daysOverdue, Money.display(open, currency),
                level);
    }
}
