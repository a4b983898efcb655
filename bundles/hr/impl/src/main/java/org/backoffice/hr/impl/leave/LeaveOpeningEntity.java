package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/**
 * A derived figure, never an input: the balance an employee opens a leave year with (the previous year's closing
 * available, after {@link BalanceRules}), as the ledger stood when it was computed under the type's policy version.
 * Every write of an earlier year's movement deletes the openings after it ({@link LeaveOpenings#invalidate}), so a row
 * that exists is what the ledger gives; the ledger stays the only record. Written through JDBC ({@link LedgerBatch}),
 * read through JPQL.
 */
@Entity
@Table(name = "HR_LEAVE_OPENING", uniqueConstraints = @UniqueConstraint(name = "HR_LEAVE_OPENING_KEY",
        columnNames = {"TYPE_CODE", "LEAVE_YEAR", "EMPLOYEE_ID"}))
public class LeaveOpeningEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_LEAVE_OPENING_IDS")
    @TableGenerator(name = "HR_LEAVE_OPENING_IDS", table = "HR_LEAVE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "OPENING", allocationSize = 1000)
    @Column(name = "ID")
    private Long id;
    @Column(name = "EMPLOYEE_ID", nullable = false)
    private long employeeId;
    @Column(name = "TYPE_CODE", length = 20, nullable = false)
    private String typeCode;
    @Column(name = "LEAVE_YEAR", nullable = false)
    private int year;
    @Column(name = "AMOUNT", precision = 9, scale = 2, nullable = false)
    private BigDecimal amount;
    /** The leave type's version whose carry-over policy the figure was computed with. */
    @Column(name = "TYPE_VERSION", nullable = false)
    private long typeVersion;

    protected LeaveOpeningEntity() {
    }
}
