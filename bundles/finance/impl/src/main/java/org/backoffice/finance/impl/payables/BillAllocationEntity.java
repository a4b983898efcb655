package org.backoffice.finance.impl.payables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.impl.document.AllocationColumns;


/** Table FIN_BILL_ALLOCATION: a part of a supplier payment applied to a bill, as of a day. Never changed. */
@Entity
@Table(name = "FIN_BILL_ALLOCATION", indexes = {
        @Index(name = "FIN_BILLALLOC_PAYMENT_IX", columnList = "PAYMENT_ID"),
        @Index(name = "FIN_BILLALLOC_BILL_IX", columnList = "BILL_ID")})
public class BillAllocationEntity extends AllocationColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_BILL_ALLOCATION_IDS")
    @TableGenerator(name = "FIN_BILL_ALLOCATION_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "BILL_ALLOCATION", allocationSize = 100)
    private Long id;

    @Column(name = "PAYMENT_ID", nullable = false)
    private long payment;

    @Column(name = "BILL_ID", nullable = false)
    private long bill;

    protected BillAllocationEntity() {
    }

    BillAllocationEntity(long payment, long bill, BigDecimal amount, LocalDate date, Instant now) {
        super(amount, date, now);
        this.payment = payment;
        this.bill = bill;
    }

    long payment() {
        return payment;
    }

    long bill() {
        return bill;
    }
}
