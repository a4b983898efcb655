package org.backoffice.hr.command.leave;

import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.platform.support.shell.Table;

final class LeaveRequestTable {

    static final Table<LeaveRequest> TABLE = Table.of(LeaveRequest.class)
            .right("Id", LeaveRequest::id)
            .column("Employee", LeaveRequest::employee)
            .column("Name", 30, LeaveRequest::employeeName)
            .column("Type", LeaveRequest::type)
            .column("From", LeaveRequest::from)
            .column("To", LeaveRequest::to)
            .column("Part", LeaveRequest::part)
            .right("Amount", LeaveRequest::amount)
            .column("State", LeaveRequest::state)
            .column("Awaiting", LeaveRequest::awaiting);

    private LeaveRequestTable() {
    }
}
