package org.backoffice.hr.impl.leave;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.platform.api.audit.AuditedType;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/** How a leave request is audited; its events carry no reason (personal data). */
final class LeaveRequestChanges implements AuditedType<LeaveRequest> {

    private static final LeaveRequest NONE = new LeaveRequest(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    @Override
    public String module() {
        return HrModule.ID;
    }

    @Override
    public String entity() {
        return HrModule.ENTITY_LEAVE_REQUEST;
    }

    @Override
    public String id(LeaveRequest r) {
        return String.valueOf(r.id());
    }

    @Override
    public Long version(LeaveRequest r) {
        return r.version();
    }

    @Override
    public List<FieldChange> changes(LeaveRequest before, LeaveRequest after) {
        LeaveRequest b = before == null ? NONE : before;
        return new ChangeSet()
                .compare("employee", b.employee(), after.employee())
                .compare("type", b.type(), after.type())
                .compare("from", b.from(), after.from())
                .compare("to", b.to(), after.to())
                .compare("part", b.part(), after.part())
                .compare("amount", b.amount(), after.amount())
                .compare("state", b.state(), after.state())
                .compare("awaiting", b.awaiting(), after.awaiting())
                .compare("managerDecidedBy", b.managerDecidedBy(), after.managerDecidedBy())
                .compare("decidedBy", b.decidedBy(), after.decidedBy())
                .changes();
    }

    @Override
    public Map<String, Object> payload(LeaveRequest r, List<FieldChange> changes) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("id", r.id());
        payload.put("employee", r.employee());
        payload.put("type", r.type());
        payload.put("from", r.from().toString());
        payload.put("to", r.to().toString());
        payload.put("amount", r.amount());
        payload.put("state", r.state().name());
        return payload;
    }
}
