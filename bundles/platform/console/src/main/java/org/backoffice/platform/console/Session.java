package org.backoffice.platform.console;

import java.time.Instant;
import java.util.Set;

import javax.security.auth.Subject;

/** One signed-in browser: who, with which roles, its CSRF token and when it was last used. */
final class Session {

    private final String id;
    private final Subject subject;
    private final String user;
    private final Set<String> roles;
    private final String csrfToken;
    private volatile Instant lastUsed;

    Session(String id, Subject subject, String user, Set<String> roles, String csrfToken, Instant now) {
        this.id = id;
        this.subject = subject;
        this.user = user;
        this.roles = Set.copyOf(roles);
        this.csrfToken = csrfToken;
        this.lastUsed = now;
    }

    String id() {
        return id;
    }

    Subject subject() {
        return subject;
    }

    String user() {
        return user;
    }

    Set<String> roles() {
        return roles;
    }

    String csrfToken() {
        return csrfToken;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }
}
