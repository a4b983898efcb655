package org.backoffice.platform.api.security;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Sign-ins, failures, lockouts, API-key uses and refusals, kept in the database for a configurable time. */
@ProviderType
public interface AccessLog {

    /** Newest first; entries are written a moment after the request (in batches), {@link #flush} waits for them. */
    Page<AccessEntry> find(AccessQuery query, PageRequest page);

    /** Writes what is waiting. */
    void flush();
}
