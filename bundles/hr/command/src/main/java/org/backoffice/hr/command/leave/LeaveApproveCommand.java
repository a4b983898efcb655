package org.backoffice.hr.command.leave;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "hr", name = "leave-approve",
        description = "Approves (or with --reject rejects) a leave request; without an id lists the pending ones")
@Service
public class LeaveApproveCommand implements Action {

    @Reference
    LeaveService leave;

    @Argument(index = 0, name = "id", description = "The request id")
    Long id;

    @Option(name = "--reject", description = "Reject instead of approve")
    boolean reject;

    @Option(name = "--note", aliases = "-n", description = "A note to the decision")
    String note;

    @Override
    public Object execute() throws Exception {
        if (id == null) {
            LeaveRequestTable.TABLE.print(ShellProblems.report(() -> leave.pending()));
            return null;
        }
        LeaveRequest r = ShellProblems.report(() -> reject ? leave.reject(id, note) : leave.approve(id, note));
        System.out.println("Request " + r.id() + ": " + r.state()
                + (r.awaiting() == null ? "" : " (awaiting " + r.awaiting() + ")"));
        return null;
    }
}
