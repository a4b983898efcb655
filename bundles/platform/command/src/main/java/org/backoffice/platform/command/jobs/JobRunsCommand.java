package org.backoffice.platform.command.jobs;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.jobs.JobService;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "backoffice", name = "job-runs", description = "Lists the runs of one job or of all, newest first")
@Service
public class JobRunsCommand extends PagedListCommand {

    @Reference(optional = true)
    JobService jobs;

    @Argument(index = 0, name = "id", description = "The job; all jobs when left out")
    String id;

    @Override
    public Object execute() throws Exception {
        AdminFeature.require(jobs);
        print(ShellProblems.report(() -> jobs.runs(id, page())), JobsCommand.RUNS, "runs");
        return null;
    }
}
