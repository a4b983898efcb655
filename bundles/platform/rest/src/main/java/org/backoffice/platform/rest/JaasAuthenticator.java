package org.backoffice.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Checks HTTP Basic credentials against a JAAS realm (Karaf's {@code karaf} by default, so users.properties, LDAP or
 * any configured login module apply). Successful logins are remembered briefly so a busy client does not run the
 * login modules on every request; failures are never cached.
 */
final class JaasAuthenticator {

    private record Cached(Subject subject, Instant expires) {
    }

    private final String realm;
    private final long cacheSeconds;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    JaasAuthenticator(String realm, long cacheSeconds, Clock clock) {
        this.realm = realm;
        this.cacheSeconds = cacheSeconds;
        this.clock = clock;
    }

    /** The authenticated subject, or empty when the header is missing, malformed or the credentials are wrong. */
    Optional<Subject> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        String key = cacheKey(user, password);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.expires())) {
            return Optional.of(cached.subject());
        }
        Optional<Subject> subject = login(user, password);
        if (subject.isPresent() && cacheSeconds > 0) {
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(key, new Cached(subject.get(), now.plusSeconds(cacheSeconds)));
        }
        return subject;
    }

    private Optional<Subject> login(String user, String password) {
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
            return Optional.of(subject);
        } catch (LoginException e) {
            return Optional.empty();
        }
    }

    private static String cacheKey(String user, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((user + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
