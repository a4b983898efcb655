package org.backoffice.hr.impl.employees;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.hr.api.employees.Contract;
import org.backoffice.hr.api.employees.ContractType;
import org.backoffice.hr.api.employees.PayFrequency;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;

/** Table HR_CONTRACT: one contract version. Only its end date ever changes (superseded or terminated). */
@Entity
@Table(name = "HR_CONTRACT", indexes = {@Index(name = "HR_CONTRACT_EMPLOYEE_IX", columnList = "EMPLOYEE_ID,START_DATE"),
    @Index(name = "HR_CONTRACT_START_IX", columnList = "START_DATE")})
public class ContractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_CONTRACT_IDS")
    @TableGenerator(name = "HR_CONTRACT_IDS", table = "HR_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "CONTRACT", allocationSize = 50)
    private Long id;
    @Column(name = "EMPLOYEE_ID", nullable = false)
    private long employeeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "CONTRACT_TYPE", length = 12, nullable = false)
    private ContractType type;
    @Column(name = "START_DATE", nullable = false)
    private LocalDate start;
    @Column(name = "END_DATE")
    private LocalDate end;
    @Column(name = "PROBATION_END")
    private LocalDate probationEnd;
    @Column(name = "FTE_PERCENT", precision = 7, scale = 2, nullable = false)
    private BigDecimal ftePercent;
    @Column(name = "WEEKLY_HOURS", precision = 7, scale = 2)
    private BigDecimal weeklyHours;
    @Column(name = "WORK_DAYS")
    private Integer workDays;
    @Column(name = "PAY_AMOUNT", precision = 19, scale = 4)
    private BigDecimal payAmount;
    @Column(name = "PAY_CURRENCY", length = 3)
    private String payCurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "PAY_FREQUENCY", length = 8)
    private PayFrequency payFrequency;
    @Column(name = "NOTICE_DAYS")
    private Integer noticeDays;
    @Convert(converter = UtcInstant.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected ContractEntity() {
    }

    ContractEntity(long employeeId, Contract contract, Instant now) {
        this.employeeId = employeeId;
        this.type = contract.type();
        this.start = contract.start();
        this.end = contract.end();
        this.probationEnd = contract.probationEnd();
        this.ftePercent = contract.ftePercent() == null ? new BigDecimal("100") : contract.ftePercent();
        this.weeklyHours = contract.weeklyHours();
        this.workDays = contract.workDays();
        this.payAmount = contract.payAmount();
        this.payCurrency = contract.payCurrency();
        this.payFrequency = contract.payFrequency();
        this.noticeDays = contract.noticeDays();
        this.recordedAt = now;
    }

    void endOn(LocalDate date) {
        this.end = date;
    }

    Long id() {
        return id;
    }

    long employeeId() {
        return employeeId;
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Contract toContract(String employeeNumber, boolean withPay) {
        return new Contract(id, employeeNumber, type, start, end, probationEnd, ftePercent.stripTrailingZeros(),
                weeklyHours == null ? null : weeklyHours.stripTrailingZeros(), workDays,
                withPay ? Money.display(payAmount, payCurrency) : null, withPay ? payCurrency : null,
                withPay ? payFrequency : null, noticeDays);
    }
}
