package org.backoffice.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(30));

    @Test
    void pausesDoubleUntilNoRetryIsLeft() {
        assertEquals(Duration.ofSeconds(30), policy.delayBefore(1).orElseThrow());
        assertEquals(Duration.ofSeconds(60), policy.delayBefore(2).orElseThrow());
        assertEquals(Duration.ofSeconds(120), policy.delayBefore(3).orElseThrow());
        assertTrue(policy.delayBefore(4).isEmpty());
        assertTrue(policy.delayBefore(0).isEmpty());
    }

    @Test
    void noRetriesWhenSwitchedOff() {
        assertTrue(new RetryPolicy(0, Duration.ofSeconds(30)).delayBefore(1).isEmpty());
    }

    @Test
    void nodesFiringAlittleApartAgreeOnTheSlot() {
        Instant slot = Instant.parse("2026-12-03T02:00:00Z");
        assertEquals(slot, RetryPolicy.slotOf(Instant.parse("2026-12-03T01:59:59.620Z")));
        assertEquals(slot, RetryPolicy.slotOf(Instant.parse("2026-12-03T02:00:00.410Z")));
        assertEquals(slot.plusSeconds(1), RetryPolicy.slotOf(Instant.parse("2026-12-03T02:00:00.500Z")));
    }
}
