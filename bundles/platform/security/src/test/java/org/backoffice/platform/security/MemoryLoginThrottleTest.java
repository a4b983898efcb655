package org.backoffice.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MemoryLoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final MemoryLoginThrottle throttle = new MemoryLoginThrottle(3, 5, Duration.ofMinutes(5), clock);

    @Test
    void theThirdFailureLocksTheUserForTheWindow() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.2");
        assertTrue(throttle.blocked("anna", "10.0.0.3").isEmpty());
        throttle.failed("anna", "10.0.0.3");
        assertEquals(Duration.ofMinutes(5), throttle.blocked("anna", "10.0.0.9").orElseThrow());
        assertTrue(throttle.blocked("bert", "10.0.0.9").isEmpty(), "other users are not affected");
        clock.advance(Duration.ofMinutes(5));
        assertTrue(throttle.blocked("anna", "10.0.0.9").isEmpty(), "the lock ends with the window");
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        clock.advance(Duration.ofMinutes(6));
        throttle.failed("anna", "10.0.0.1");
        assertTrue(throttle.blocked("anna", null).isEmpty());
    }

    @Test
    void oneAddressTryingManyUsersIsLockedSeparately() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertTrue(throttle.blocked("someone-else", "192.0.2.7").isPresent());
        assertTrue(throttle.blocked(null, "192.0.2.7").isPresent(), "also without a user name");
        assertTrue(throttle.blocked("user1", "192.0.2.8").isEmpty(), "each user failed only once");
    }

    @Test
    void aCorrectPasswordClearsTheUserButNotTheAddress() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        throttle.succeeded("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        assertTrue(throttle.blocked("anna", null).isEmpty());
        assertEquals(3, throttle.lockouts().stream().filter(l -> l.kind().equals("ADDRESS")).findFirst()
                .orElseThrow().failures());
    }

    @Test
    void anAdministratorUnlocks() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        assertTrue(throttle.lockouts().stream().anyMatch(l -> l.key().equals("anna") && l.lockedUntil() != null));
        assertTrue(throttle.unlock("anna"));
        assertTrue(throttle.blocked("anna", null).isEmpty());
        assertFalse(throttle.unlock("anna"), "nothing left to unlock");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
