package org.backoffice.hr.command.leave;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.leave.LeavePart;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveRequestDraft;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "hr", name = "leave-request",
        description = "Requests leave for an employee, or lists their requests when no type is given")
@Service
public class LeaveRequestCommand implements Action {

    @Reference
    LeaveService leave;

    @Argument(index = 0, name = "employee", description = "The employee number", required = true)
    String employee;

    @Argument(index = 1, name = "type", description = "The leave type code")
    String type;

    @Argument(index = 2, name = "from", description = "First day (YYYY-MM-DD)")
    String from;

    @Argument(index = 3, name = "to", description = "Last day (YYYY-MM-DD), the first by default")
    String to;

    @Option(name = "--part", description = "FULL, MORNING, AFTERNOON or HOURS")
    LeavePart part;

    @Option(name = "--hours", description = "Hours, with --part HOURS")
    String hours;

    @Option(name = "--reason", aliases = "-r", description = "Why (required by some types)")
    String reason;

    @Option(name = "--attachment", description = "A reference to a supporting document")
    String attachment;

    @Override
    public Object execute() throws Exception {
        if (type == null) {
            List<LeaveRequest> requests = ShellProblems.report(() -> leave.requests(employee));
            LeaveRequestTable.TABLE.print(requests);
            return null;
        }
        LeaveRequest r = ShellProblems.report(() -> leave.request(employee, new LeaveRequestDraft(type,
                ShellValues.date("from", from), ShellValues.date("to", to), part,
                ShellValues.decimal("hours", hours), reason, attachment)));
        System.out.println("Request " + r.id() + ": " + r.amount() + " " + r.type() + " from " + r.from() + " to "
                + r.to() + ", " + r.state() + (r.awaiting() == null ? "" : " (awaiting " + r.awaiting() + ")"));
        return null;
    }
}
