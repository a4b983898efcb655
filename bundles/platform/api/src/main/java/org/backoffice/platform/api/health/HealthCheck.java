package org.backoffice.platform.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/** A check a module contributes to {@code GET /api/admin/health}; cheap, never throws. */
@ConsumerType
public interface HealthCheck {

    /** e.g. {@code backups}, {@code jobs}, {@code disk}. */
    String name();

    CheckResult check();
}
