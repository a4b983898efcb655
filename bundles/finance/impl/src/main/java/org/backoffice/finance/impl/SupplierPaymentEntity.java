package org.backoffice.finance.impl;

import java.math.BigDecimal;
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

/**
 * Table FIN_SUPPLIER_PAYMENT: money paid to suppliers, manually or by a payment run; {@code UNALLOCATED} is an
 * advance left on it.
 */
@Entity
@Table(name = "FIN_SUPPLIER_PAYMENT", indexes = {
        @Index(name = "FIN_SUPPAY_SUPPLIER_IX", columnList = "SUPPLIER_CODE"),
        @Index(name = "FIN_SUPPAY_RUN_IX", columnList = "PAYMENT_RUN_ID")})
public class SupplierPaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_SUPPLIER_PAYMENT_IDS")
    @TableGenerator(name = "FIN_SUPPLIER_PAYMENT_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SUPPLIER_PAYMENT", allocationSize = 50)
    private Long id;

    @Column(name = "PAYMENT_NUMBER", length = 20, unique = true, nullable = false)
    private String number;

    @Column(name = "SUPPLIER_CODE", length = 40, nullable = false)
    private String supplier;

    @Column(name = "PAYMENT_DATE", nullable = false)
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

    @Column(name = "PAYMENT_RUN_ID")
    private Long paymentRun;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false)
    private String createdBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected SupplierPaymentEntity() {
    }

    SupplierPaymentEntity(String number, String supplier, LocalDate date, BigDecimal amount, String currency,
            String bankAccount, String reference, long journalEntry, Long paymentRun, Instant now, String user) {
        this.number = number;
        this.supplier = supplier;
        this.date = date;
        this.amount = amount;
        this.currency = currency;
        this.bankAccount = bankAccount;
        this.reference = reference;
        this.unallocated = amount;
        this.journalEntry = journalEntry;
        this.paymentRun = paymentRun;
        this.createdAt = now;
        this.createdBy = user;
    }

    void allocated(BigDecimal part) {
        unallocated = unallocated.subtract(part);
        if (unallocated.signum() < 0) {
            throw new IllegalStateException("payment " + id + " would be allocated beyond its amount");
        }
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String supplier() {
        return supplier;
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

    Long paymentRun() {
        return paymentRun;
    }
}
