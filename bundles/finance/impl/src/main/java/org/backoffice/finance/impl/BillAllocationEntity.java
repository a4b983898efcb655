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

import org.backoffice.platform.api.persistence.UtcInstant;

/** Table FIN_BILL_ALLOCATION: a part of a supplier payment applied to a bill, as of a day. Never changed. */
@Entity
@Table(name = "FIN_BILL_ALLOCATION", indexes = {
        @Index(name = "FIN_BILLALLOC_PAYMENT_IX", columnList = "PAYMENT_ID"),
        @Index(name = "FIN_BILLALLOC_BILL_IX", columnList = "BILL_ID")})
public class BillAllocationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_BILL_ALLOCATION_IDS")
    @TableGenerator(name = "FIN_BILL_ALLOCATION_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "BILL_ALLOCATION", allocationSize = 100)
    private Long id;

    @Column(name = "PAYMENT_ID", nullable = false)
    private long payment;

    @Column(name = "BILL_ID", nullable = false)
    private long bill;

    @Column(name = "AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    @Column(name = "ALLOC_DATE", nullable = false)
    private LocalDate date;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected BillAllocationEntity() {
    }

    BillAllocationEntity(long payment, long bill, BigDecimal amount, LocalDate date, Instant now) {
        this.payment = payment;
        this.bill = bill;
        this.amount = amount;
        this.date = date;
        this.createdAt = now;
    }

    long payment() {
        return payment;
    }

    long bill() {
        return bill;
    }

    BigDecimal amount() {
        return amount;
    }

    LocalDate date() {
        return date;
    }
}
