package org.backoffice.hr.impl.employees;

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
 * Table HR_EMPLOYEE_ASSIGNMENT: an employee's organisation values from {@code EFFECTIVE_FROM} until the next row.
 * Each row is complete (not a delta), so the state on a day is one row: the latest one on or before it.
 */
@Entity
@Table(name = "HR_EMPLOYEE_ASSIGNMENT",
        uniqueConstraints = @UniqueConstraint(name = "HR_ASSIGNMENT_UK", columnNames = {"EMPLOYEE_ID",
            "EFFECTIVE_FROM"}),
        indexes = {@Index(name = "HR_ASSIGNMENT_MANAGER_IX", columnList = "MANAGER_ID,EFFECTIVE_FROM"),
            @Index(name = "HR_ASSIGNMENT_DEPT_IX", columnList = "DEPARTMENT_ID,EFFECTIVE_FROM")})
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_ASSIGNMENT_IDS")
    @TableGenerator(name = "HR_ASSIGNMENT_IDS", table = "HR_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ASSIGNMENT", allocationSize = 50)
    private Long id;
    @Column(name = "EMPLOYEE_ID", nullable = false)
    private long employeeId;
    @Column(name = "EFFECTIVE_FROM", nullable = false)
    private LocalDate effectiveFrom;
    @Column(name = "DEPARTMENT_ID")
    private Long departmentId;
    @Column(name = "POSITION_ID")
    private Long positionId;
    @Column(name = "MANAGER_ID")
    private Long managerId;
    @Column(name = "CALENDAR", length = 40)
    private String calendar;
    @Column(name = "KIND", length = 12, nullable = false)
    private String kind;
    @Convert(converter = UtcInstant.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;
    @Column(name = "RECORDED_BY", length = 200)
    private String recordedBy;

    protected AssignmentEntity() {
    }

    AssignmentEntity(long employeeId, LocalDate effectiveFrom, String kind, Long departmentId, Long positionId,
            Long managerId, String calendar, Instant now, String user) {
        this.employeeId = employeeId;
        this.effectiveFrom = effectiveFrom;
        this.kind = kind;
        set(departmentId, positionId, managerId, calendar, now, user);
    }

    void set(Long departmentId, Long positionId, Long managerId, String calendar, Instant now, String user) {
        this.departmentId = departmentId;
        this.positionId = positionId;
        this.managerId = managerId;
        this.calendar = calendar;
        this.recordedAt = now;
        this.recordedBy = user;
    }

    long employeeId() {
        return employeeId;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    Long departmentId() {
        return departmentId;
    }

    Long positionId() {
        return positionId;
    }

    Long managerId() {
        return managerId;
    }

    String calendar() {
        return calendar;
    }

    String kind() {
        return kind;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
