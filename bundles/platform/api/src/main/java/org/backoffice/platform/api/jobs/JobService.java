package org.backoffice.platform.api.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The registered jobs, their runs, and running one now. */
@ProviderType
public interface JobService {

    List<JobStatus> jobs();

    /** @throws org.backoffice.platform.api.error.NotFoundProblem for an unknown job */
    JobStatus job(String id);

    /** Runs of one job (or of all when {@code jobId} is null), newest first. */
    Page<JobRun> runs(String jobId, PageRequest page);

    /** Runs the job now on this node, waits for it and answers the run (404 for an unknown job). */
    JobRun runNow(String jobId);

    /**
     * What a scheduler calls at a scheduled time: the first node to claim {@code slot} for this job (a row lock in
     * the database) runs it; every other caller for the same slot gets empty and runs nothing.
     */
    Optional<JobRun> runScheduled(String jobId, Instant slot);
}
