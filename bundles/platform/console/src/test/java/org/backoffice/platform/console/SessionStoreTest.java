package org.backoffice.platform.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import javax.security.auth.Subject;

import org.junit.jupiter.api.Test;

class SessionStoreTest {

    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SessionStore store = new SessionStore(clock, Duration.ofMinutes(30));

    @Test
    void aSessionHasRandomIdAndTokenAndIsFoundById() {
        Session one = store.open(new Subject(), "דנה", Set.of("partners-viewer"));
        Session two = store.open(new Subject(), "dana", Set.of());
        assertNotEquals(one.id(), two.id());
        assertNotEquals(one.id(), one.csrfToken());
        assertTrue(one.id().length() >= 43, one.id());
        assertEquals("דנה", store.find(one.id()).orElseThrow().user());
        assertTrue(store.find("nonsense").isEmpty());
        assertTrue(store.find(null).isEmpty());
    }

    @Test
    void readingNeedsNoTokenButChangingNeedsTheSessionsToken() {
        Session session = store.open(new Subject(), "dana", Set.of());
        assertTrue(store.authorise(session.id(), "GET", null).isPresent());
        assertTrue(store.authorise(session.id(), "POST", null).isEmpty());
        assertTrue(store.authorise(session.id(), "put", "wrong").isEmpty());
        Session other = store.open(new Subject(), "eve", Set.of());
        assertTrue(store.authorise(session.id(), "DELETE", other.csrfToken()).isEmpty());
        assertTrue(store.authorise(session.id(), "PATCH", session.csrfToken()).isPresent());
    }

    @Test
    void anIdleSessionExpiresAndUseKeepsItAlive() {
        Session session = store.open(new Subject(), "dana", Set.of());
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(store.find(session.id()).isPresent());
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(store.find(session.id()).isPresent(), "used 29 minutes ago");
        now = now.plus(Duration.ofMinutes(30));
        assertTrue(store.find(session.id()).isEmpty(), "idle for 30 minutes");
        assertEquals(0, store.size());
    }

    @Test
    void aClosedSessionIsGone() {
        Session session = store.open(new Subject(), "dana", Set.of());
        store.close(session.id());
        assertTrue(store.find(session.id()).isEmpty());
    }
}
