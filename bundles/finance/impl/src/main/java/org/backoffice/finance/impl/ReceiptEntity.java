package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.backoffice.platform.api.persistence.UtcInstant;

/** Table FIN_RECEIPT: money received from customers; {@code UNALLOCATED} is the credit left on it. */
@Entity
@Table(name = "FIN_RECEIPT", indexes = @Index(name = "FIN_RECEIPT_CUSTOMER_IX", columnList = "CUSTOMER_CODE"))
public class ReceiptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_RECEIPT_IDS")
    @TableGenerator(name = "FIN_RECEIPT_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "RECEIPT", allocationSize = 500)
    private Long id;

    @Column(name = "RECEIPT_NUMBER", length = 20, unique = true, nullable = false)
    private String number;

    @Column(name = "CUSTOMER_CODE", length = 40, nullable = false)
    private String customer;

    @Column(name = "RECEIPT_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "BANK_ACCOUNT", length = 20, nullable = false)
    private String bankAccount;

    @Column(name = "REFERENCE", length = 500)
    private String reference;

    @Column(name = "UNALLOCATED", precision = 19, scale = 4, nullable = false)
    private BigDecimal unallocated;

    @Column(name = "JOURNAL_ENTRY_ID", nullable = false)
    private long journalEntry;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false)
    private String createdBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ReceiptEntity() {
    }

    /** A receipt to write through JDBC ({@link #INSERT}); never persisted as an entity, so the id is given. */
    ReceiptEntity(long id, String number, String customer, LocalDate date, BigDecimal amount, String currency,
            String bankAccount, String reference, long journalEntry, Instant now, String user) {
        this.id = id;
        this.number = number;
        this.customer = customer;
        this.date = date;
        this.amount = amount;
        this.currency = currency;
        this.bankAccount = bankAccount;
        this.reference = reference;
        this.unallocated = amount;
        this.journalEntry = journalEntry;
        this.createdAt = now;
        this.createdBy = user;
    }

    static final String INSERT = "INSERT INTO FIN_RECEIPT (ID, RECEIPT_NUMBER, CUSTOMER_CODE, RECEIPT_DATE, AMOUNT,"
            + " CURRENCY, BANK_ACCOUNT, REFERENCE, UNALLOCATED, JOURNAL_ENTRY_ID, CREATED_AT, CREATED_BY, VERSION)";
    static final int[] COLUMN_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DECIMAL,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR,
        Types.BIGINT};

    /** The values of {@link #INSERT}, once its allocations are applied (version 1, as EclipseLink starts). */
    Object[] insertValues() {
        return new Object[] {id, number, customer, date, amount, currency, bankAccount, reference, unallocated,
                journalEntry, createdAt, createdBy, 1L};
    }

    void allocated(BigDecimal part) {
        unallocated = unallocated.subtract(part);
        if (unallocated.signum() < 0) {
            throw new IllegalStateException("receipt " + id + " would be allocated beyond its amount");
        }
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String customer() {
        return customer;
    }

    LocalDate date() {
        return date;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    String bankAccount() {
        return bankAccount;
    }

    String reference() {
        return reference;
    }

    BigDecimal unallocated() {
        return unallocated;
    }

    long journalEntry() {
        return journalEntry;
    }
}
