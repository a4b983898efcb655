package org.backoffice.platform.command.jobs;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.jobs.JobRun;
import org.backoffice.platform.api.jobs.JobService;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "backoffice", name = "job-run", description = "Runs a job now on this node and shows the run")
@Service
public class JobRunCommand implements Action {

    @Reference(optional = true)
    JobService jobs;

    @Argument(index = 0, name = "id", description = "The job, e.g. platform.backup", required = true)
    String id;

    @Override
    public Object execute() throws Exception {
        AdminFeature.require(jobs);
        JobRun run = ShellProblems.report(() -> jobs.runNow(id));
        new Details().add("Job", run.jobId()).add("Run", run.id()).add("Node", run.node())
                .add("Started (UTC)", run.startedAt()).add("Ended (UTC)", run.endedAt())
                .add("Outcome", run.outcome()).add("Message", run.message()).print();
        return null;
    }
}
