package org.backoffice.platform.api;

import java.security.AccessControlContext;
import java.security.AccessController;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

/**
 * Who is acting now. REST requests and Karaf shell sessions both run inside {@code Subject.doAs} with the JAAS subject
 * of the authenticated user, so services can record the user without it being threaded through every signature.
 */
public final class Actor {

    /** The name recorded when no user is logged in (start-up work, background jobs). */
    public static final String SYSTEM = "system";

    private static final String USER_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.UserPrincipal";
    private static final String ROLE_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.RolePrincipal";

    private Actor() {
    }

    /** The current user's name, or {@link #SYSTEM}. */
    public static String currentUser() {
        Subject subject = currentSubject();
        return subject == null ? SYSTEM : userOf(subject);
    }

    /** The current user's roles (empty when no user is logged in). */
    public static Set<String> currentRoles() {
        Subject subject = currentSubject();
        return subject == null ? Set.of() : rolesOf(subject);
    }

    /** The name of a subject's Karaf user principal, or {@link #SYSTEM} when it has none. */
    public static String userOf(Subject subject) {
        return subject.getPrincipals().stream()
                .filter(p -> USER_PRINCIPAL.equals(p.getClass().getName()))
                .map(Principal::getName)
                .findFirst()
                .orElse(SYSTEM);
    }

    /** Role names carried by a subject's Karaf role principals. */
    public static Set<String> rolesOf(Subject subject) {
        return subject.getPrincipals().stream()
                .filter(p -> ROLE_PRINCIPAL.equals(p.getClass().getName()))
                .map(Principal::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    @SuppressWarnings("removal") // the JAAS context API is how Karaf 4.4 (Java 17) propagates the user
    private static Subject currentSubject() {
        AccessControlContext context = AccessController.getContext();
        return Subject.getSubject(context);
    }
}
