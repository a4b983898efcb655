package org.backoffice.platform.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.security.auth.Subject;

import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.console.ConsoleSessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** Sign-in against JAAS and the sessions that follow, for the console's servlet and (as {@link ConsoleSessions}) REST. */
@Component(service = {ConsoleSessions.class, ConsoleSessionService.class}, configurationPid = "org.backoffice.console")
@Designate(ocd = ConsoleConfig.class)
public final class ConsoleSessionService implements ConsoleSessions {

    private final JaasLogin login;
    private final SessionStore store;

    @Activate
    public ConsoleSessionService(ConsoleConfig config) {
        this.login = new JaasLogin(config.realm());
        this.store = new SessionStore(Clock.systemUTC(), Duration.ofSeconds(config.idleTimeoutSeconds()));
    }

    /** A new session for these credentials, or empty when they are wrong. */
    Optional<Session> signIn(String user, String password) {
        return login.login(user, password)
                .map(subject -> store.open(subject, Actor.userOf(subject), Actor.rolesOf(subject)));
    }

    Optional<Session> find(String id) {
        return store.find(id);
    }

    Optional<Session> authorise(String id, String method, String csrfToken) {
        return store.authorise(id, method, csrfToken);
    }

    void signOut(String id) {
        store.close(id);
    }

    @Override
    public Optional<Subject> authenticate(String sessionId, String method, String csrfToken) {
        return store.authorise(sessionId, method, csrfToken).map(Session::subject);
    }
}
