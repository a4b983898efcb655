package org.backoffice.platform.jobs;

import java.net.InetAddress;
import java.security.PrivilegedExceptionAction;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.security.auth.Subject;
import javax.sql.DataSource;

import org.apache.karaf.scheduler.Scheduler;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.jobs.JobRun;
import org.backoffice.platform.api.jobs.JobService;
import org.backoffice.platform.api.jobs.JobStatus;
import org.backoffice.platform.api.jobs.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Schedules every registered {@link ScheduledJob} on Karaf's scheduler (Quartz underneath) by its cron expression.
 * Each node schedules every job; at each fire time the nodes race for the job's lock row and only the winner runs it.
 * A failure is retried with doubling pauses ({@link RetryPolicy}); every run is recorded in PLT_JOB_RUN.
 */
@Component(service = JobService.class, configurationPid = "org.backoffice.jobs")
@Designate(ocd = JobsConfig.class)
public final class JobRunner implements JobService {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    private static final String PREFIX = "backoffice-job-";

    private final Scheduler scheduler;
    private final JobStore store;
    private final String node;
    private final RetryPolicy retry;
    private final Duration lockTime;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, ScheduledJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, Instant> retries = new ConcurrentHashMap<>();
    private volatile boolean active = true;

    @Activate
    public JobRunner(@Reference Scheduler scheduler,
            @Reference(target = "(osgi.jndi.service.name=backoffice)") DataSource dataSource, JobsConfig config) {
        this.scheduler = scheduler;
        this.store = new JobStore(dataSource);
        this.node = config.nodeName().isBlank() ? hostName() : config.nodeName();
        this.retry = new RetryPolicy(config.maxRetries(), Duration.ofSeconds(config.retryDelaySeconds()));
        this.lockTime = Duration.ofSeconds(config.lockSeconds());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJob(ScheduledJob job) {
        jobs.put(job.id(), job);
        String cron = job.schedule();
        if (cron == null || cron.isBlank()) {
            return;
        }
        try {
            scheduler.schedule((Runnable) () -> fired(job.id()),
                    scheduler.EXPR(cron.trim()).name(PREFIX + job.id()).canRunConcurrently(false));
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "job " + job.id() + " not scheduled: wrong cron expression '" + cron + "'", e);
        }
    }

    void removeJob(ScheduledJob job) {
        jobs.remove(job.id(), job);
        unschedule(PREFIX + job.id());
        unschedule(PREFIX + job.id() + "-retry");
    }

    @Deactivate
    void stop() {
        active = false;
        for (String id : List.copyOf(jobs.keySet())) {
            unschedule(PREFIX + id);
            unschedule(PREFIX + id + "-retry");
        }
    }

    private void unschedule(String name) {
        try {
            scheduler.unschedule(name);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "unschedule " + name, e);
        }
    }

    private void fired(String jobId) {
        try {
            runScheduled(jobId, RetryPolicy.slotOf(clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled run of " + jobId + " failed to start", e);
        }
    }

    @Override
    public List<JobStatus> jobs() {
        List<JobStatus> result = new ArrayList<>();
        for (String id : List.copyOf(jobs.keySet())) {
            ScheduledJob job = jobs.get(id);
            if (job != null) {
                result.add(status(job));
            }
        }
        result.sort(Comparator.comparing(JobStatus::id));
        return result;
    }

    @Override
    public JobStatus job(String id) {
        return status(require(id));
    }

    private JobStatus status(ScheduledJob job) {
        try {
            return new JobStatus(job.id(), job.description(), job.schedule(), store.lastRun(job.id()),
                    store.failures(job.id()), retries.get(job.id()));
        } catch (SQLException e) {
            throw new IllegalStateException("job runs cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Page<JobRun> runs(String jobId, PageRequest page) {
        if (jobId != null) {
            require(jobId);
        }
        try {
            return store.runs(jobId, page);
        } catch (SQLException e) {
            throw new IllegalStateException("job runs cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public JobRun runNow(String jobId) {
        ScheduledJob job = require(jobId);
        return execute(job, JobRun.MANUAL, null, 0).orElseThrow(() -> {
            String holder = holder(jobId);
            return new ConflictProblem("Job '" + jobId + "' is running" + (holder == null ? "" : " on " + holder)
                    + "; try again when it has finished");
        });
    }

    @Override
    public Optional<JobRun> runScheduled(String jobId, Instant slot) {
        return execute(require(jobId), JobRun.SCHEDULE, slot, 0);
    }

    private String holder(String jobId) {
        try {
            return store.holder(jobId, clock.instant());
        } catch (SQLException e) {
            return null;
        }
    }

    private ScheduledJob require(String id) {
        ScheduledJob job = id == null ? null : jobs.get(id);
        if (job == null) {
            throw new NotFoundProblem("Job", id);
        }
        return job;
    }

    private Optional<JobRun> execute(ScheduledJob job, String trigger, Instant slot, int attempt) {
        Instant now = clock.instant();
        JobRun run;
        try {
            if (!store.claim(job.id(), slot, node, now, now.plus(lockTime))) {
                return Optional.empty();
            }
            run = store.started(job.id(), node, trigger, now, attempt);
        } catch (SQLException e) {
            throw new IllegalStateException("job " + job.id() + " cannot be claimed: " + e.getMessage(), e);
        }
        String outcome;
        String message;
        try {
            // as the system user, whoever asked for the run
            message = Subject.doAs(new Subject(), (PrivilegedExceptionAction<String>) job::run);
            outcome = JobRun.SUCCEEDED;
        } catch (Exception | LinkageError e) {
            Throwable cause = e instanceof java.security.PrivilegedActionException p ? p.getCause() : e;
            outcome = JobRun.FAILED;
            message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            LOG.log(Level.WARNING, "job " + job.id() + " failed", cause);
        }
        JobRun ended;
        try {
            ended = store.ended(run, clock.instant(), outcome, message);
            store.release(job.id(), node);
        } catch (SQLException e) {
            throw new IllegalStateException("job run of " + job.id() + " cannot be recorded: " + e.getMessage(), e);
        }
        if (JobRun.FAILED.equals(outcome)) {
            scheduleRetry(job, attempt + 1);
        } else {
            retries.remove(job.id());
        }
        return Optional.of(ended);
    }

    private void scheduleRetry(ScheduledJob job, int attempt) {
        Optional<Duration> delay = retry.delayBefore(attempt);
        if (delay.isEmpty() || !active) {
            retries.remove(job.id());
            return;
        }
        Instant at = clock.instant().plus(delay.get());
        retries.put(job.id(), at);
        String name = PREFIX + job.id() + "-retry";
        unschedule(name);
        try {
            scheduler.schedule((Runnable) () -> {
                if (jobs.get(job.id()) == job) {
                    execute(job, JobRun.RETRY, null, attempt);
                }
            }, scheduler.AT(Date.from(at)).name(name).canRunConcurrently(false));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "retry of " + job.id() + " not scheduled", e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
