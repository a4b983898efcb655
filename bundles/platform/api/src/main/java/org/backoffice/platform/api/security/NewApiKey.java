package org.backoffice.platform.api.security;

import java.time.Instant;
import java.util.Set;

/**
 * What an administrator asks for: a key acting as {@code user} (a person or a service account) with some roles.
 *
 * @param expiresAt required, in the future
 */
public record NewApiKey(String name, String user, Set<String> roles, Instant expiresAt) {
}
