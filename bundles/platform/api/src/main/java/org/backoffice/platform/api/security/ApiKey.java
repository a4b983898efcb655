package org.backoffice.platform.api.security;

import java.time.Instant;
import java.util.Set;

/** An API key as listed; the secret itself is never stored, only its hash. */
public record ApiKey(String id, String name, String user, Set<String> roles, Instant createdAt, String createdBy,
        Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String lastUsedFrom) {

    public ApiKey {
        roles = Set.copyOf(roles);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
