package org.backoffice.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.backoffice.platform.api.security.Lockout;
import org.backoffice.platform.api.security.LoginThrottle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Counts failed sign-ins per user and per address in this node's memory (a lockout lasts minutes; on several nodes
 * each counts its own, which at most multiplies the attempts by the number of nodes).
 */
@Component(service = LoginThrottle.class, configurationPid = "org.backoffice.security")
@Designate(ocd = SecurityConfig.class)
public final class MemoryLoginThrottle implements LoginThrottle {

    static final String USER = "USER";
    static final String ADDRESS = "ADDRESS";

    private final int userLimit;
    private final int addressLimit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, FailureWindow> users = new ConcurrentHashMap<>();
    private final Map<String, FailureWindow> addresses = new ConcurrentHashMap<>();

    @Activate
    public MemoryLoginThrottle(SecurityConfig config) {
        this(config.userFailures(), config.addressFailures(), Duration.ofSeconds(config.windowSeconds()),
                Clock.systemUTC());
    }

    MemoryLoginThrottle(int userLimit, int addressLimit, Duration window, Clock clock) {
        this.userLimit = userLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> blocked(String user, String address) {
        Instant now = clock.instant();
        Optional<Duration> byUser = waitOf(users, user, now);
        Optional<Duration> byAddress = waitOf(addresses, address, now);
        if (byUser.isPresent() && byAddress.isPresent()) {
            return Optional.of(byUser.get().compareTo(byAddress.get()) >= 0 ? byUser.get() : byAddress.get());
        }
        return byUser.isPresent() ? byUser : byAddress;
    }

    private static Optional<Duration> waitOf(Map<String, FailureWindow> windows, String key, Instant now) {
        FailureWindow window = key == null ? null : windows.get(key);
        if (window == null) {
            return Optional.empty();
        }
        synchronized (window) {
            return window.wait(now);
        }
    }

    @Override
    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (user != null && !user.isEmpty()) {
            fail(users, user, userLimit, now);
        }
        if (address != null) {
            fail(addresses, address, addressLimit, now);
        }
        if (users.size() + addresses.size() > 10_000) {
            users.values().removeIf(w -> idle(w, now));
            addresses.values().removeIf(w -> idle(w, now));
        }
    }

    private void fail(Map<String, FailureWindow> windows, String key, int limit, Instant now) {
        FailureWindow window = windows.computeIfAbsent(key, k -> new FailureWindow(limit, this.window));
        synchronized (window) {
            window.fail(now);
        }
    }

    private static boolean idle(FailureWindow window, Instant now) {
        synchronized (window) {
            return window.idle(now);
        }
    }

    /** A correct password clears the user's failures (never the address's: one good account must not hide guessing). */
    @Override
    public void succeeded(String user, String address) {
        FailureWindow window = user == null ? null : users.get(user);
        if (window != null) {
            synchronized (window) {
                if (!window.locked(clock.instant())) {
                    users.remove(user, window);
                }
            }
        }
    }

    @Override
    public List<Lockout> lockouts() {
        Instant now = clock.instant();
        List<Lockout> result = new ArrayList<>();
        collect(result, USER, users, now);
        collect(result, ADDRESS, addresses, now);
        result.sort(Comparator.comparing(Lockout::kind).thenComparing(Lockout::key));
        return result;
    }

    private static void collect(List<Lockout> into, String kind, Map<String, FailureWindow> windows, Instant now) {
        windows.forEach((key, window) -> {
            synchronized (window) {
                if (!window.idle(now)) {
                    into.add(new Lockout(kind, key, window.failures(now), window.lockedUntil(now)));
                }
            }
        });
    }

    @Override
    public boolean unlock(String userOrAddress) {
        boolean user = users.remove(userOrAddress) != null;
        boolean address = addresses.remove(userOrAddress) != null;
        return user || address;
    }
}
