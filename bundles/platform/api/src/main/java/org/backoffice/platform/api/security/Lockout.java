package org.backoffice.platform.api.security;

import java.time.Instant;

/**
 * Failed sign-ins counted for a user or an address.
 *
 * @param kind   {@code USER} or {@code ADDRESS}
 * @param lockedUntil when further attempts are accepted again, {@code null} while not locked
 */
public record Lockout(String kind, String key, int failures, Instant lockedUntil) {
}
