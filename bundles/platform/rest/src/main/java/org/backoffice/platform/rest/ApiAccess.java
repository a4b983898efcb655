package org.backoffice.platform.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.security.ApiCall;
import org.backoffice.platform.api.security.ApiCallObserver;
import org.backoffice.platform.api.security.ApiKey;
import org.backoffice.platform.api.security.ApiKeys;
import org.backoffice.platform.api.security.LoginThrottle;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who is calling, in this order: the lockout check (429 with Retry-After while a user or address is locked), an API
 * key ({@code Authorization: Bearer} or {@code X-API-Key}), then HTTP Basic against JAAS, counting failures. Also
 * sets the security headers and reports every answered call to the {@link ApiCallObserver}s (access log, metrics).
 * The throttle and the key store are optional services: without the security bundle only Basic remains.
 */
final class ApiAccess {

    private static final Logger LOG = Logger.getLogger(ApiAccess.class.getName());
    private static final String ATTRIBUTE = ApiAccess.class.getName();

    /** What the request authenticated as, kept on the request for {@link #completed}. */
    private record Caller(String user, String via, String event) {
    }

    private final JaasAuthenticator basic;
    private final SessionAuthentication sessions;
    private final Supplier<LoginThrottle> throttle;
    private final Supplier<ApiKeys> keys;
    private final Supplier<List<ApiCallObserver>> observers;
    private final ObjectMapper mapper;

    ApiAccess(JaasAuthenticator basic, SessionAuthentication sessions, Supplier<LoginThrottle> throttle,
            Supplier<ApiKeys> keys, Supplier<List<ApiCallObserver>> observers, ObjectMapper mapper) {
        this.basic = basic;
        this.sessions = sessions;
        this.throttle = throttle;
        this.keys = keys;
        this.observers = observers;
        this.mapper = mapper;
    }

    /** Headers every API answer carries: nothing sniffed, no referrer leaked, nothing cached (personal data). */
    static void secure(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
    }

    /** The caller's subject, or empty when the answer (401 or 429) has been written. */
    Optional<Subject> authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getRemoteAddr();
        String authorization = request.getHeader("Authorization");
        String secret = apiKeySecret(request, authorization);
        String user = secret == null ? basicUser(authorization) : null;
        LoginThrottle guard = throttle.get();
        Optional<Duration> wait = guard == null ? Optional.empty() : guard.blocked(user, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            request.setAttribute(ATTRIBUTE, new Caller(user, "none", ApiCall.LOCKED_OUT));
            response.setHeader("Retry-After", Long.toString(seconds));
            ProblemWriter.write(mapper, request, response, Problem.of(429, "Too many requests",
                    "Too many failed sign-ins; try again in " + seconds + " s"));
            return Optional.empty();
        }
        if (secret != null) {
            ApiKeys store = keys.get();
            Optional<ApiKey> key = store == null ? Optional.empty() : store.authenticate(secret, address);
            if (key.isEmpty()) {
                failed(guard, null, address);
                request.setAttribute(ATTRIBUTE, new Caller(null, "api-key", ApiCall.SIGN_IN_FAILED));
                unauthorized(request, response, "The API key is unknown, expired or revoked");
                return Optional.empty();
            }
            request.setAttribute(ATTRIBUTE, new Caller(key.get().user(), "api-key", ApiCall.REQUEST));
            return Optional.of(subjectOf(key.get()));
        }
        if (authorization == null && sessions != null) {
            // the console's session cookie (issue 14): the signed-in user, checked like a password once at sign-in
            Optional<Subject> signedIn = sessions.authenticate(request);
            if (signedIn.isPresent()) {
                request.setAttribute(ATTRIBUTE, new Caller(Actor.userOf(signedIn.get()), "session", ApiCall.REQUEST));
                return signedIn;
            }
        }
        Optional<Subject> subject = basic.authenticate(authorization);
        if (subject.isEmpty()) {
            if (authorization != null) {
                failed(guard, user, address);
            }
            request.setAttribute(ATTRIBUTE, new Caller(user, authorization == null ? "none" : "basic",
                    authorization == null ? ApiCall.REQUEST : ApiCall.SIGN_IN_FAILED));
            unauthorized(request, response, authorization == null ? "Authentication is required"
                    : "The user name or password is wrong");
            return Optional.empty();
        }
        if (guard != null) {
            guard.succeeded(user, address);
        }
        request.setAttribute(ATTRIBUTE, new Caller(user, "basic", ApiCall.REQUEST));
        return subject;
    }

    private static void failed(LoginThrottle guard, String user, String address) {
        if (guard != null) {
            guard.failed(user, address);
        }
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        if (!SessionAuthentication.carriesSession(request)) {
            // a browser on a console page would otherwise ask for a password itself
            response.setHeader("WWW-Authenticate", "Basic realm=\"backoffice\", charset=\"UTF-8\"");
        }
        ProblemWriter.write(mapper, request, response, Problem.of(401, "Unauthorized", detail));
    }

    /** Tells every observer about the answered call; an observer's failure never reaches the client. */
    void completed(HttpServletRequest request, HttpServletResponse response, long startedNanos) {
        List<ApiCallObserver> listeners = observers.get();
        if (listeners.isEmpty()) {
            return;
        }
        Object attribute = request.getAttribute(ATTRIBUTE);
        Caller caller = attribute instanceof Caller c ? c : new Caller(null, "none", ApiCall.REQUEST);
        int status = response.getStatus();
        String event = status == 403 && ApiCall.REQUEST.equals(caller.event()) ? ApiCall.FORBIDDEN : caller.event();
        ApiCall call = new ApiCall(Instant.now(), request.getMethod(),
                request.getPathInfo() == null ? "/" : request.getPathInfo(), status, caller.user(),
                request.getRemoteAddr(), caller.via(), event, System.nanoTime() - startedNanos);
        for (ApiCallObserver observer : listeners) {
            try {
                observer.completed(call);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "API call observer failed", e);
            }
        }
    }

    private static String apiKeySecret(HttpServletRequest request, String authorization) {
        String header = request.getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }

    /** The user name of a Basic header, for the lockout check; null when there is none. */
    static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Subject subjectOf(ApiKey key) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(key.user()));
        for (String role : key.roles()) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        return subject;
    }
}
