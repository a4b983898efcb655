package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.backoffice.hr.api.leave.AccrualPeriod;
import org.backoffice.hr.api.leave.LeaveApproval;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.api.leave.LeaveUnit;
import org.backoffice.platform.support.jpa.VersionedRow;

@Entity
@Table(name = "HR_LEAVE_TYPE")
public class LeaveTypeEntity extends VersionedRow {

    @Id
    @Column(name = "CODE", length = 20)
    private String code;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "UNIT", length = 10, nullable = false)
    private LeaveUnit unit;
    @Column(name = "PAID", nullable = false)
    private boolean paid;
    @Column(name = "BALANCE_REQUIRED", nullable = false)
    private boolean balanceRequired;
    @Column(name = "MAY_GO_NEGATIVE", nullable = false)
    private boolean mayGoNegative;
    @Column(name = "REASON_REQUIRED", nullable = false)
    private boolean reasonRequired;
    @Column(name = "ATTACHMENT_REQUIRED", nullable = false)
    private boolean attachmentRequired;
    @Enumerated(EnumType.STRING)
    @Column(name = "APPROVAL", length = 20, nullable = false)
    private LeaveApproval approval;
    @Enumerated(EnumType.STRING)
    @Column(name = "ACCRUAL_PERIOD", length = 10)
    private AccrualPeriod accrualPeriod;
    @Column(name = "ACCRUAL_AMOUNT", precision = 9, scale = 2)
    private BigDecimal accrualAmount;
    @Column(name = "ROUNDING_STEP", precision = 5, scale = 2)
    private BigDecimal roundingStep;
    @Column(name = "BALANCE_CAP", precision = 9, scale = 2)
    private BigDecimal cap;
    @Column(name = "CARRY_OVER_MAX", precision = 9, scale = 2)
    private BigDecimal carryOverMax;
    @Column(name = "CARRY_OVER_EXPIRY", length = 5)
    private String carryOverExpiry;

    protected LeaveTypeEntity() {
    }

    static LeaveTypeEntity create(LeaveType type) {
        LeaveTypeEntity e = new LeaveTypeEntity();
        e.code = type.code();
        e.apply(type);
        return e;
    }

    void apply(LeaveType t) {
        name = t.name();
        unit = t.unit();
        paid = t.paid();
        balanceRequired = t.balanceRequired();
        mayGoNegative = t.mayGoNegative();
        reasonRequired = t.reasonRequired();
        attachmentRequired = t.attachmentRequired();
        approval = t.approval();
        accrualPeriod = t.accrualPeriod();
        accrualAmount = t.accrualAmount();
        roundingStep = t.roundingStep();
        cap = t.cap();
        carryOverMax = t.carryOverMax();
        carryOverExpiry = t.carryOverExpiry();
    }

    LeaveType toType() {
        return new LeaveType(code, name, unit, paid, balanceRequired, mayGoNegative, reasonRequired,
                attachmentRequired, approval, accrualPeriod, accrualAmount, roundingStep, cap, carryOverMax,
                carryOverExpiry, version());
    }
}
