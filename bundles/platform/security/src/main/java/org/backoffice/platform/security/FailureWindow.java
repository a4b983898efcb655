package org.backoffice.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Failed sign-ins of one user or one address: the {@code limit}-th failure within {@code window} locks further
 * attempts for {@code window}. Not thread-safe: the throttle synchronises on it.
 */
final class FailureWindow {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant lockedUntil;

    FailureWindow(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts a failure; answers true when it locks. */
    boolean fail(Instant now) {
        forget(now);
        failures.addLast(now);
        if (failures.size() >= limit && !locked(now)) {
            lockedUntil = now.plus(window);
            return true;
        }
        return false;
    }

    Optional<Duration> wait(Instant now) {
        return locked(now) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    boolean locked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Instant lockedUntil(Instant now) {
        return locked(now) ? lockedUntil : null;
    }

    int failures(Instant now) {
        forget(now);
        return failures.size();
    }

    /** Nothing counted and not locked: the throttle may drop it. */
    boolean idle(Instant now) {
        return failures(now) == 0 && !locked(now);
    }

    private void forget(Instant now) {
        Instant start = now.minus(window);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
            failures.removeFirst();
        }
    }
}
