package org.backoffice.platform.api.jobs;

import java.time.Instant;

/**
 * A registered job as {@code GET /api/admin/jobs} shows it.
 *
 * @param failures failed runs since the last success
 * @param nextRun  when the scheduler runs it next (a pending retry when sooner), {@code null} when not scheduled
 */
public record JobStatus(String id, String description, String schedule, JobRun lastRun, int failures,
        Instant nextRun) {
}
