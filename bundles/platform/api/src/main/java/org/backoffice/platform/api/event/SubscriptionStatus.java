package org.backoffice.platform.api.event;

import java.time.Instant;

/**
 * A subscriber's state in the log.
 *
 * @param position  id of the last event it handled (0 before the first)
 * @param failures  consecutive failures on the next event, 0 when healthy
 * @param active    whether the subscriber service is registered now
 */
public record SubscriptionStatus(String subscriberId, long position, int failures, String lastError,
        Instant updatedAt, boolean active) {
}
