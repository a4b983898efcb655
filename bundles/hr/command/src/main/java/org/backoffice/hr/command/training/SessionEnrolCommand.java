package org.backoffice.hr.command.training;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.training.Enrolment;
import org.backoffice.hr.api.training.TrainingService;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "hr", name = "session-enrol", description = "Enrols an employee on a training session")
@Service
public class SessionEnrolCommand implements Action {

    @Reference
    TrainingService training;

    @Argument(index = 0, name = "session", required = true, description = "Session id")
    long session;

    @Argument(index = 1, name = "employee", required = true, description = "Employee number")
    String employee;

    @Override
    public Object execute() throws Exception {
        Enrolment e = ShellProblems.report(() -> training.enrol(session, employee));
        new Details().add("Enrolment", e.id()).add("Session", e.sessionId()).add("Employee", e.employee())
                .add("Status", e.status()).add("Waiting position", e.waitingPosition()).print();
        return null;
    }
}
