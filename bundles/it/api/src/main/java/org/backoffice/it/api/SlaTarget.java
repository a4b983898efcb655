package org.backoffice.it.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One target's clock as it stands now.
 *
 * @param target    {@code FIRST_RESPONSE} or {@code RESOLUTION}
 * @param clock     {@code RUNNING}, {@code PAUSED} or {@code STOPPED}
 * @param status    {@code ON_TIME}, {@code WARNING} (a threshold passed), {@code BREACHED} or {@code MET}
 * @param due       the due instant (UTC) while the clock runs, else {@code null}
 * @param dueLocal  the same instant on the calendar's wall clock
 */
public record SlaTarget(String target, String policy, String calendar, String zone, long targetSeconds,
        long consumedSeconds, long remainingSeconds, Instant due, LocalDateTime dueLocal, String clock,
        String status, Instant breachedAt, List<Pause> pauses) {

    /** A time in which the clock stood still; {@code to} is {@code null} while it lasts. */
    public record Pause(Instant from, Instant to, String reason) {
    }
}
