package org.backoffice.platform.jobs;

import org.backoffice.platform.api.health.CheckResult;
import org.backoffice.platform.api.health.HealthCheck;
import org.backoffice.platform.api.jobs.JobService;
import org.backoffice.platform.api.jobs.JobStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** WARN while a job's last runs failed, naming the jobs and the last reason. */
@Component(service = HealthCheck.class)
public final class JobsHealth implements HealthCheck {

    private final JobService jobs;

    @Activate
    public JobsHealth(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public CheckResult check() {
        try {
            StringBuilder failing = new StringBuilder();
            int count = 0;
            for (JobStatus job : jobs.jobs()) {
                if (job.failures() > 0) {
                    count++;
                    failing.append(failing.length() == 0 ? "" : "; ").append(job.id()).append(" failed ")
                            .append(job.failures()).append(" times")
                            .append(job.lastRun() == null ? "" : ": " + job.lastRun().message());
                }
            }
            return count == 0 ? CheckResult.up(name(), jobs.jobs().size() + " jobs, none failing")
                    : CheckResult.warn(name(), failing.toString());
        } catch (RuntimeException e) {
            return CheckResult.down(name(), "job runs cannot be read: " + e.getMessage());
        }
    }
}
