package org.backoffice.platform.api.jobs;

import java.time.Instant;

/**
 * One run of a job.
 *
 * @param trigger {@code SCHEDULE}, {@code MANUAL} or {@code RETRY}
 * @param outcome {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param message what the job answered, or why it failed
 */
public record JobRun(long id, String jobId, String node, String trigger, Instant startedAt, Instant endedAt,
        String outcome, String message, int attempt) {

    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
    public static final String SCHEDULE = "SCHEDULE";
    public static final String MANUAL = "MANUAL";
    public static final String RETRY = "RETRY";
}
