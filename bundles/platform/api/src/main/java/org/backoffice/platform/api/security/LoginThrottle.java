package org.backoffice.platform.api.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Brute-force protection: after N failed sign-ins for one user, or M from one address, within a window, further
 * attempts are refused until the window has passed (or an administrator unlocks).
 */
@ProviderType
public interface LoginThrottle {

    /** How long this attempt must wait, empty when it may go ahead ({@code user} may be null). */
    Optional<Duration> blocked(String user, String address);

    void failed(String user, String address);

    void succeeded(String user, String address);

    List<Lockout> lockouts();

    /** Clears the failures of a user or an address; answers whether there were any. */
    boolean unlock(String userOrAddress);
}
