package org.backoffice.hr.impl.leave;

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
import javax.persistence.UniqueConstraint;

import org.backoffice.platform.api.persistence.UtcInstant;

/**
 * One row of the leave ledger. Balances are sums of these rows (aggregate queries), never stored totals. An accrual
 * credit has a PERIOD_KEY, unique per employee and type, which makes the accrual job idempotent.
 */
@Entity
@Table(name = "HR_LEAVE_MOVEMENT",
        uniqueConstraints = @UniqueConstraint(name = "HR_LEAVE_MOVEMENT_PERIOD",
                columnNames = {"EMPLOYEE_ID", "TYPE_CODE", "PERIOD_KEY"}),
        indexes = {@Index(name = "HR_LEAVE_MOVEMENT_EMP", columnList = "EMPLOYEE_ID,TYPE_CODE,MOVE_DATE"),
                @Index(name = LeaveMovementEntity.YEAR_INDEX, columnList = LeaveMovementEntity.YEAR_INDEX_COLUMNS)})
public class LeaveMovementEntity {

    /** The accrual job's index: one type's rows of recent years, covering what it sums and the period keys. */
    static final String YEAR_INDEX = "HR_LEAVE_MOVEMENT_YEAR";
    static final String YEAR_INDEX_COLUMNS =
            "TYPE_CODE,MOVE_YEAR,KIND,EMPLOYEE_ID,AFTER_EXPIRY,MOVE_DATE,AMOUNT,PERIOD_KEY";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_LEAVE_MOVEMENT_IDS")
    @TableGenerator(name = "HR_LEAVE_MOVEMENT_IDS", table = "HR_LEAVE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "MOVEMENT", allocationSize = 1000)
    @Column(name = "ID")
    private Long id;
    @Column(name = "EMPLOYEE_ID", nullable = false)
    private long employeeId;
    @Column(name = "TYPE_CODE", length = 20, nullable = false)
    private String typeCode;
    @Column(name = "MOVE_DATE", nullable = false)
    private LocalDate moveDate;
    @Column(name = "MOVE_YEAR", nullable = false)
    private int moveYear;
    /** Whether a use falls after its year's carry-over deadline (set when written, from the type's policy). */
    @Column(name = "AFTER_EXPIRY", nullable = false)
    private boolean afterExpiry;
    @Column(name = "KIND", length = 20, nullable = false)
    private String kind;
    @Column(name = "AMOUNT", precision = 9, scale = 2, nullable = false)
    private BigDecimal amount;
    @Column(name = "PERIOD_KEY", length = 7)
    private String periodKey;
    @Column(name = "REQUEST_ID")
    private Long requestId;
    @Column(name = "NOTE", length = 500)
    private String note;
    @Column(name = "CREATED_BY", length = 200, nullable = false)
    private String createdBy;
    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected LeaveMovementEntity() {
    }

    static LeaveMovementEntity of(long employeeId, String typeCode, LocalDate date, boolean afterExpiry, String kind,
            BigDecimal amount, String periodKey, Long requestId, String note, String user, Instant now) {
        LeaveMovementEntity m = new LeaveMovementEntity();
        m.employeeId = employeeId;
        m.typeCode = typeCode;
        m.moveDate = date;
        m.moveYear = date.getYear();
        m.afterExpiry = afterExpiry;
        m.kind = kind;
        m.amount = amount;
        m.periodKey = periodKey;
        m.requestId = requestId;
        m.note = note;
        m.createdBy = user;
        m.createdAt = now;
        return m;
    }

    LocalDate date() {
        return moveDate;
    }

    String kind() {
        return kind;
    }

    BigDecimal amount() {
        return amount;
    }

    String note() {
        return note;
    }

    Long requestId() {
        return requestId;
    }

    long employeeId() {
        return employeeId;
    }

    String typeCode() {
        return typeCode;
    }

    boolean afterExpiry() {
        return afterExpiry;
    }

    void clearNote() {
        note = null;
    }
}
