package org.backoffice.platform.command.jobs;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.jobs.JobRun;
import org.backoffice.platform.api.jobs.JobService;
import org.backoffice.platform.api.jobs.JobStatus;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "jobs", description = "Lists the scheduled jobs: schedule, last run, failures")
@Service
public class JobsCommand implements Action {

    static final Table<JobRun> RUNS = Table.of(JobRun.class)
            .column("Run", JobRun::id)
            .column("Job", JobRun::jobId)
            .column("Trigger", JobRun::trigger)
            .column("Node", JobRun::node)
            .column("Started (UTC)", JobRun::startedAt)
            .column("Ended (UTC)", JobRun::endedAt)
            .column("Outcome", JobRun::outcome)
            .column("Message", 60, JobRun::message);

    @Reference(optional = true)
    JobService jobs;

    @Override
    public Object execute() {
        AdminFeature.require(jobs);
        Table.of(JobStatus.class)
                .column("Job", JobStatus::id)
                .column("Schedule", JobStatus::schedule)
                .column("Last run (UTC)", j -> j.lastRun() == null ? null : j.lastRun().startedAt())
                .column("Outcome", j -> j.lastRun() == null ? null : j.lastRun().outcome())
                .right("Failures", JobStatus::failures)
                .column("Retry at (UTC)", JobStatus::nextRun)
                .column("Description", 50, JobStatus::description)
                .print(jobs.jobs());
        return null;
    }
}
