package org.backoffice.hr.impl.leave;

import java.util.List;
import java.util.Map;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.platform.api.audit.AuditedType;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/** How a leave type is audited. Leave types have no event topic of their own: changes are audited only. */
final class LeaveTypeChanges implements AuditedType<LeaveType> {

    private static final LeaveType NONE = new LeaveType(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    @Override
    public String module() {
        return HrModule.ID;
    }

    @Override
    public String entity() {
        return HrModule.ENTITY_LEAVE_TYPE;
    }

    @Override
    public String id(LeaveType t) {
        return t.code();
    }

    @Override
    public Long version(LeaveType t) {
        return t.version();
    }

    @Override
    public List<FieldChange> changes(LeaveType before, LeaveType after) {
        LeaveType b = before == null ? NONE : before;
        return new ChangeSet()
                .compare("code", b.code(), after.code())
                .compare("name", b.name(), after.name())
                .compare("unit", b.unit(), after.unit())
                .compare("paid", b.paid(), after.paid())
                .compare("balanceRequired", b.balanceRequired(), after.balanceRequired())
                .compare("mayGoNegative", b.mayGoNegative(), after.mayGoNegative())
                .compare("reasonRequired", b.reasonRequired(), after.reasonRequired())
                .compare("attachmentRequired", b.attachmentRequired(), after.attachmentRequired())
                .compare("approval", b.approval(), after.approval())
                .compare("accrualPeriod", b.accrualPeriod(), after.accrualPeriod())
                .compare("accrualAmount", b.accrualAmount(), after.accrualAmount())
                .compare("roundingStep", b.roundingStep(), after.roundingStep())
                .compare("cap", b.cap(), after.cap())
                .compare("carryOverMax", b.carryOverMax(), after.carryOverMax())
                .compare("carryOverExpiry", b.carryOverExpiry(), after.carryOverExpiry())
                .changes();
    }

    @Override
    public Map<String, Object> payload(LeaveType t, List<FieldChange> changes) {
        return Map.of("code", t.code(), "changedFields", changes.stream().map(FieldChange::field).toList());
    }
}
