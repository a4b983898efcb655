package org.backoffice.platform.rest;

import java.util.Optional;

import javax.security.auth.Subject;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

import org.backoffice.platform.api.console.ConsoleSessions;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The web console's session as a way to call the API: a request without an {@code Authorization} header is
 * authenticated by its session cookie when the console is installed ({@link ConsoleSessions}, looked up per request
 * so that the console comes and goes freely), with the session's CSRF token required on state-changing methods.
 */
final class SessionAuthentication {

    private final BundleContext context;

    SessionAuthentication(BundleContext context) {
        this.context = context;
    }

    Optional<Subject> authenticate(HttpServletRequest request) {
        String session = sessionCookie(request);
        if (session == null) {
            return Optional.empty();
        }
        ServiceReference<ConsoleSessions> reference;
        try {
            reference = context.getServiceReference(ConsoleSessions.class);
        } catch (IllegalStateException stopping) {
            return Optional.empty();
        }
        if (reference == null) {
            return Optional.empty();
        }
        ConsoleSessions sessions = context.getService(reference);
        if (sessions == null) {
            return Optional.empty();
        }
        try {
            return sessions.authenticate(session, request.getMethod(), request.getHeader(ConsoleSessions.CSRF_HEADER));
        } finally {
            context.ungetService(reference);
        }
    }

    /** Whether the request comes with a console session cookie (valid or not). */
    static boolean carriesSession(HttpServletRequest request) {
        return sessionCookie(request) != null;
    }

    private static String sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (ConsoleSessions.COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
