package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.backoffice.payroll.api.rules.ComponentKind;

/**
 * One component of a payslip. {@code PAID_FOR} is the period the amount belongs to (the run's period, or an earlier
 * one for arrears); {@code POSTED} turns true when the run is posted, so year-to-date totals and what was paid for a
 * period are sums over posted lines.
 */
@Entity
@Table(name = "PAY_LINE", indexes = {@Index(name = "PAY_LINE_PAYSLIP", columnList = "PAYSLIP_ID"),
        @Index(name = "PAY_LINE_EMPLOYEE", columnList = "EMPLOYEE, PAY_YEAR")})
public class LineEntity {

    @Id
    @Column(name = "ID")
    private long id;
    @Column(name = "PAYSLIP_ID", nullable = false)
    private long payslipId;
    @Column(name = "RUN_ID", nullable = false)
    private long runId;
    @Column(name = "EMPLOYEE", nullable = false, length = 40)
    private String employee;
    @Column(name = "PAY_YEAR", nullable = false)
    private int year;
    @Column(name = "PAID_FOR", nullable = false, length = 7)
    private String paidFor;
    @Column(name = "POSITION", nullable = false)
    private int position;
    @Column(name = "CODE", nullable = false, length = 30)
    private String code;
    @Column(name = "NAME", length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private ComponentKind kind;
    @Column(name = "BASE", precision = 19, scale = 4)
    private BigDecimal base;
    @Column(name = "RATE", precision = 19, scale = 6)
    private BigDecimal rate;
    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;
    @Column(name = "POSTED", nullable = false)
    private boolean posted;

    protected LineEntity() {
    }

    long payslipId() {
        return payslipId;
    }

    String paidFor() {
        return paidFor;
    }

    int position() {
        return position;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    ComponentKind kind() {
        return kind;
    }

    BigDecimal base() {
        return base;
    }

    BigDecimal rate() {
        return rate;
    }

    BigDecimal amount() {
        return amount;
    }
}
