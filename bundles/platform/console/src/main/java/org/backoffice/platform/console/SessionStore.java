package org.backoffice.platform.console;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;

/**
 * The console's sessions, in memory (a restart signs everybody out): random ids, one CSRF token per session, an idle
 * timeout measured from the last use. State-changing methods need the session's token.
 */
final class SessionStore {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAX_SESSIONS = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;

    SessionStore(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    Session open(Subject subject, String user, Set<String> roles) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(session -> expired(session, now));
        }
        Session session = new Session(token(), subject, user, roles, token(), now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id (its idle time starts again), or empty. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    /** The live session, provided a state-changing method carries its CSRF token. */
    Optional<Session> authorise(String id, String method, String csrfToken) {
        Optional<Session> session = find(id);
        if (session.isPresent() && !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))
                && !sameToken(session.get().csrfToken(), csrfToken)) {
            return Optional.empty();
        }
        return session;
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    int size() {
        return sessions.size();
    }

    private boolean expired(Session session, Instant now) {
        return !session.lastUsed().plus(idleTimeout).isAfter(now);
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
