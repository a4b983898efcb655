package org.backoffice.platform.api.jobs;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Recurring work a module registers as a service. The platform schedules it by {@link #schedule()} (a Quartz cron
 * expression with seconds, e.g. {@code 0 0 2 * * ?}), runs it on one node of the cluster for each scheduled time,
 * records the run and retries a failure with growing pauses.
 */
@ConsumerType
public interface ScheduledJob {

    /** Service property naming the job; must equal {@link #id()}. */
    String ID_PROPERTY = "backoffice.job.id";

    /** Unique, stable id, e.g. {@code hr.leave-accrual}. */
    String id();

    /** A Quartz cron expression (seconds first), usually read from the module's configuration; blank: run only on demand. */
    String schedule();

    /** One line for lists. */
    default String description() {
        return id();
    }

    /**
     * Does the work once, as the system user.
     *
     * @return what it did, in a few words (kept with the run)
     * @throws Exception when it failed: the run is recorded as failed and retried later
     */
    String run() throws Exception;
}
