/**
 * Scheduled jobs: a module declares recurring work as a {@link org.backoffice.platform.api.jobs.ScheduledJob}; the
 * platform runs it on Karaf's scheduler once per cluster (a database lock), records every run and retries failures.
 */
@Export
@Version("1.0.0")
package org.backoffice.platform.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
