package org.backoffice.platform.api.console;

import java.util.Optional;

import javax.security.auth.Subject;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The console's signed-in sessions, offered to the REST API so that the browser calls it with its session cookie
 * instead of a password. A state-changing call must carry the session's CSRF token in {@link #CSRF_HEADER}.
 */
@ProviderType
public interface ConsoleSessions {

    /** The session cookie's name. */
    String COOKIE = "BACKOFFICE_SESSION";

    /** The request header that carries the session's CSRF token. */
    String CSRF_HEADER = "X-CSRF-Token";

    /**
     * The subject signed in with this session, or empty when the session is unknown, expired, or the method changes
     * state ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) and {@code csrfToken} is not the session's.
     * A successful call counts as activity (the idle timeout starts again).
     */
    Optional<Subject> authenticate(String sessionId, String method, String csrfToken);
}
