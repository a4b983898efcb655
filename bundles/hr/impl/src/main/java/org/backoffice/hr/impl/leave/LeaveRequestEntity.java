package org.backoffice.hr.impl.leave;

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

import org.backoffice.hr.api.leave.LeavePart;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveState;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.VersionedRow;

@Entity
@Table(name = "HR_LEAVE_REQUEST", indexes = @Index(name = "HR_LEAVE_REQUEST_EMP", columnList = "EMPLOYEE_ID,FROM_DATE"))
public class LeaveRequestEntity extends VersionedRow {

    static final String AWAITING_MANAGER = "MANAGER";
    static final String AWAITING_HR = "HR";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_LEAVE_REQUEST_IDS")
    @TableGenerator(name = "HR_LEAVE_REQUEST_IDS", table = "HR_LEAVE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "REQUEST", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "EMPLOYEE_ID", nullable = false)
    private long employeeId;
    @Column(name = "EMPLOYEE_NUMBER", length = 40, nullable = false)
    private String employeeNumber;
    @Column(name = "EMPLOYEE_NAME", length = 200)
    private String employeeName;
    @Column(name = "TYPE_CODE", length = 20, nullable = false)
    private String typeCode;
    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;
    @Column(name = "TO_DATE", nullable = false)
    private LocalDate to;
    @Enumerated(EnumType.STRING)
    @Column(name = "DAY_PART", length = 10, nullable = false)
    private LeavePart part;
    @Column(name = "HOURS", precision = 5, scale = 2)
    private BigDecimal hours;
    @Column(name = "AMOUNT", precision = 9, scale = 2, nullable = false)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 12, nullable = false)
    private LeaveState state;
    @Column(name = "AWAITING", length = 10)
    private String awaiting;
    @Column(name = "REASON", length = 1000)
    private String reason;
    @Column(name = "ATTACHMENT", length = 200)
    private String attachment;
    @Column(name = "REQUESTED_BY", length = 200, nullable = false)
    private String requestedBy;
    @Convert(converter = UtcInstant.class)
    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;
    @Column(name = "MANAGER_DECIDED_BY", length = 200)
    private String managerDecidedBy;
    @Column(name = "DECIDED_BY", length = 200)
    private String decidedBy;
    @Convert(converter = UtcInstant.class)
    @Column(name = "DECIDED_AT")
    private Instant decidedAt;
    @Column(name = "DECISION_NOTE", length = 500)
    private String decisionNote;

    protected LeaveRequestEntity() {
    }

    static LeaveRequestEntity create(long employeeId, String number, String name, String type, LocalDate from,
            LocalDate to, LeavePart part, BigDecimal hours, BigDecimal amount, String reason, String attachment,
            String awaiting, String user, Instant now) {
        LeaveRequestEntity e = new LeaveRequestEntity();
        e.employeeId = employeeId;
        e.employeeNumber = number;
        e.employeeName = name;
        e.typeCode = type;
        e.from = from;
        e.to = to;
        e.part = part;
        e.hours = hours;
        e.amount = amount;
        e.reason = reason;
        e.attachment = attachment;
        e.requestedBy = user;
        e.requestedAt = now;
        e.state = awaiting == null ? LeaveState.APPROVED : LeaveState.REQUESTED;
        e.awaiting = awaiting;
        if (awaiting == null) {
            e.decidedBy = user;
            e.decidedAt = now;
            e.decisionNote = "approved at once (the type needs no approval)";
        }
        return e;
    }

    /** A manager's approval of a MANAGER_THEN_HR request: it now waits for HR. */
    void managerApproved(String user) {
        managerDecidedBy = user;
        awaiting = AWAITING_HR;
    }

    void decide(LeaveState newState, String user, String note, Instant now) {
        if (awaiting != null && AWAITING_MANAGER.equals(awaiting) && newState != LeaveState.WITHDRAWN) {
            managerDecidedBy = user;
        }
        state = newState;
        awaiting = null;
        decidedBy = user;
        decidedAt = now;
        decisionNote = note;
    }

    void anonymise() {
        reason = null;
        decisionNote = null;
    }

    LeaveRequest toRequest(boolean withReason) {
        return new LeaveRequest(id, employeeNumber, employeeName, typeCode, from, to, part, hours, amount, state,
                awaiting, withReason ? reason : null, attachment, requestedBy, requestedAt, managerDecidedBy,
                decidedBy, decidedAt, decisionNote, version());
    }

    Long id() {
        return id;
    }

    long employeeId() {
        return employeeId;
    }

    String typeCode() {
        return typeCode;
    }

    LocalDate from() {
        return from;
    }

    LeaveState state() {
        return state;
    }

    String awaiting() {
        return awaiting;
    }
}
