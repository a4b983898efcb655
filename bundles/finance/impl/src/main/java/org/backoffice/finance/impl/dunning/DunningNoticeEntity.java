package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;

/**
 * Table FIN_DUNNING_NOTICE: written through JDBC by {@link DunningWriter}, read through JPA. The level's name and
 * letter text are copied in, so a letter reads as it was issued even after the level changed.
 */
@Entity
@Table(name = "FIN_DUNNING_NOTICE", indexes = {
        @Index(name = "FIN_DUNNING_NOTICE_CUSTOMER_IX", columnList = "CUSTOMER_CODE"),
        @Index(name = "FIN_DUNNING_NOTICE_RUN_IX", columnList = "RUN_ID"),
        @Index(name = "FIN_DUNNING_NOTICE_LEVEL_IX", columnList = "LEVEL_NO"),
        @Index(name = "FIN_DUNNING_NOTICE_FEE_IX", columnList = "FEE_INVOICE_ID")})
public class DunningNoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_DUNNING_NOTICE_IDS")
    @TableGenerator(name = "FIN_DUNNING_NOTICE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "DUNNING_NOTICE", allocationSize = 100)
    private Long id;

    @Column(name = "DOC_NUMBER", length = 20, nullable = false, unique = true)
    private String number;

    @Column(name = "RUN_ID", nullable = false)
    private long run;

    @Column(name = "CUSTOMER_CODE", length = 40, nullable = false)
    private String customer;

    @Column(name = "NOTICE_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "LEVEL_NO", nullable = false)
    private int level;

    @Column(name = "LEVEL_NAME", length = 100, nullable = false)
    private String levelName;

    @Column(name = "LETTER_TEXT", length = DunningRules.MAX_TEXT, nullable = false)
    private String text;

    @Column(name = "TOTAL", precision = 19, scale = 4, nullable = false)
    private BigDecimal total;

    @Column(name = "FEE", precision = 19, scale = 4, nullable = false)
    private BigDecimal fee;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "JOURNAL_ENTRY_ID")
    private Long journalEntry;

    @Column(name = "FEE_INVOICE_ID")
    private Long feeInvoice;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false)
    private String createdBy;

    protected DunningNoticeEntity() {
    }

    Long id() {
        return id;
    }

    String currency() {
        return currency;
    }

    String text() {
        return text;
    }

    DunningNotice toNotice(List<DunningNotice.Item> items) {
        return new DunningNotice(id, number, run, customer, date, level, levelName, items,
                Money.display(total, currency), Money.display(fee, currency), currency, journalEntry,
                feeInvoice);
    }
}
