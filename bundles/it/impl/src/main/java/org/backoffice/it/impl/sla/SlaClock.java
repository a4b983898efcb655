package org.backoffice.it.impl.sla;

import java.time.Duration;
import java.time.Instant;

import org.backoffice.platform.api.calendar.BusinessTime;

/**
 * One SLA target's clock, as stored: the business time consumed up to {@code since} (the last transition), whether it
 * runs from there, and the instant it was breached, if it was. Every transition folds the business time since the last
 * one into {@code consumed} on the calendar in force, so a later change of calendar or target applies from that moment
 * and never rewrites what was consumed; a breach stays a breach.
 * <p>
 * Pure and immutable: each transition answers a new clock. Instants are truncated to whole seconds, so consumed time is
 * a whole number of seconds and every figure can be explained from the stored ones.
 *
 * @param target     the business time allowed, positive
 * @param consumed   business time consumed up to {@code since}
 * @param since      the instant of the last transition (UTC)
 * @param state      running, paused or stopped
 * @param breachedAt when the target was used up and passed, or {@code null}
 */
public record SlaClock(Duration target, Duration consumed, Instant since, State state, Instant breachedAt) {

    public enum State {
        RUNNING, PAUSED, STOPPED
    }

    public SlaClock {
        if (target == null || target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("target must be positive: " + target);
        }
        since = seconds(since);
    }

    /** A clock that runs from {@code at}; outside working hours it consumes nothing until the next opening. */
    public static SlaClock start(Duration target, Instant at) {
        return new SlaClock(target, Duration.ZERO, at, State.RUNNING, null);
    }

    /** The business time consumed at {@code now} ({@code now} not before {@code since}). */
    public Duration consumedAt(BusinessTime time, Instant now) {
        if (state != State.RUNNING) {
            return consumed;
        }
        Instant until = seconds(now);
        if (!until.isAfter(since)) {
            return consumed;
        }
        return consumed.plus(time.businessTime(since, until));
    }

    /** What is left of the target at {@code now}; negative once overdue. */
    public Duration remainingAt(BusinessTime time, Instant now) {
        return target.minus(consumedAt(time, now));
    }

    /**
     * The instant at which the target is used up, for a running clock (a target used up exactly at closing is due at
     * closing); {@code null} for a paused or stopped one, which is due at no instant until it runs again.
     */
    public Instant due(BusinessTime time) {
        return reach(time, target);
    }

    /**
     * The instant at which {@code percent} of the target is used up, if the clock runs; it always lies inside working
     * time (or at its closing edge), never in the night. Already reached: the instant it was reached is not known any
     * more, so {@code since} (the transition after which it was reached) is answered.
     */
    public Instant warningAt(BusinessTime time, int percent) {
        Duration threshold = threshold(percent);
        return reach(time, threshold);
    }

    /** The share of the target a percentage stands for, in whole seconds (rounded up, so 75 % is never early). */
    public Duration threshold(int percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 1 to 100: " + percent);
        }
        long seconds = target.getSeconds();
        return Duration.ofSeconds((seconds * percent + 99) / 100);
    }

    private Instant reach(BusinessTime time, Duration amount) {
        if (state != State.RUNNING) {
            return null;
        }
        Duration left = amount.minus(consumed);
        if (left.isNegative() || left.isZero()) {
            return since;
        }
        return time.addWorkingTime(since, left);
    }

    /** Breached at {@code now}: consumed beyond the target (at the due instant itself the target is still met). */
    public boolean breachedAt(BusinessTime time, Instant now) {
        return breachedAt != null || consumedAt(time, now).compareTo(target) > 0;
    }

    /** Stops consuming at {@code at} (the ticket waits on the requester or a third party). */
    public SlaClock pause(BusinessTime time, Instant at) {
        if (state != State.RUNNING) {
            return this;
        }
        return fold(time, at, State.PAUSED);
    }

    /** Runs again from {@code at} with what was left; a stopped clock (a reopened ticket) resumes the same way. */
    public SlaClock resume(Instant at) {
        if (state == State.RUNNING) {
            return this;
        }
        return new SlaClock(target, consumed, later(at), State.RUNNING, breachedAt);
    }

    /** Stops for good at {@code at} (response given, ticket resolved); {@link #resume} when it is reopened. */
    public SlaClock stop(BusinessTime time, Instant at) {
        if (state == State.STOPPED) {
            return this;
        }
        return fold(time, at, State.STOPPED);
    }

    /**
     * A new target from {@code at}: consumed time is folded in on the calendar in force until then ({@code before}),
     * then the clock continues with the new target (and whatever calendar the caller uses from now on). A target that
     * was already passed stays breached even if the new one is longer.
     */
    public SlaClock retarget(BusinessTime before, Instant at, Duration newTarget) {
        SlaClock folded = state == State.RUNNING ? fold(before, at, State.RUNNING) : this;
        Instant breach = folded.breachedAt;
        if (breach == null && folded.consumed.compareTo(newTarget) > 0) {
            breach = folded.since;
        }
        return new SlaClock(newTarget, folded.consumed, folded.since, folded.state, breach);
    }

    /** The clock with the business time up to {@code at} folded into {@code consumed}, in the given state. */
    private SlaClock fold(BusinessTime time, Instant at, State next) {
        Instant until = later(at);
        Duration now = consumedAt(time, until);
        Instant breach = breachedAt;
        if (breach == null && now.compareTo(target) > 0) {
            breach = state == State.RUNNING ? due(time) : until;
        }
        return new SlaClock(target, now, until, next, breach);
    }

    private Instant later(Instant at) {
        Instant s = seconds(at);
        return s.isBefore(since) ? since : s;
    }

    private static Instant seconds(Instant at) {
        if (at == null) {
            throw new IllegalArgumentException("instant required");
        }
        return at.getNano() == 0 ? at : Instant.ofEpochSecond(at.getEpochSecond());
    }
}
