package org.backoffice.platform.jobs;

import java.time.Duration;
import java.util.Optional;

/** When to retry a failed run: {@code base}, then twice as long each time, at most {@code maxRetries} times. */
record RetryPolicy(int maxRetries, Duration base) {

    /** The pause before retry number {@code attempt} (1 is the first retry), empty when no retry is left. */
    Optional<Duration> delayBefore(int attempt) {
        if (attempt < 1 || attempt > maxRetries) {
            return Optional.empty();
        }
        long factor = 1L << Math.min(attempt - 1, 20);
        return Optional.of(base.multipliedBy(factor));
    }

    /** The slot a scheduler fire time stands for: the nearest whole second, so nodes a little apart agree. */
    static java.time.Instant slotOf(java.time.Instant fired) {
        return fired.plusMillis(500).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
