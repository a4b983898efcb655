package org.backoffice.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/** Checks the database and lists the modules; cheap enough to call on every probe. */
@ProviderType
public interface HealthService {

    Health check();
}
