package org.backoffice.platform.jobs;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.backoffice.jobs.cfg}. */
@ObjectClassDefinition(name = "Backoffice scheduled jobs")
public @interface JobsConfig {

    @AttributeDefinition(description = "This node's name in the job runs; empty: the host name")
    String nodeName() default "";

    @AttributeDefinition(description = "Retries of a failed run before waiting for the next scheduled time")
    int maxRetries() default 3;

    @AttributeDefinition(description = "Pause before the first retry, doubled for each further one (seconds)")
    long retryDelaySeconds() default 30;

    @AttributeDefinition(description = "How long a node holds a job's lock at most, should it die while running (s)")
    long lockSeconds() default 3600;
}
