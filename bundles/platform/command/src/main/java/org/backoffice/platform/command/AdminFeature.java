package org.backoffice.platform.command;

/**
 * The upkeep and security commands (backups, jobs, API keys, lockouts, access log) need the services of the
 * {@code backoffice-admin} feature. Karaf registers a bundle's commands only once every mandatory reference of every one
 * of them is there, so those commands take their service as optional and say here what is missing, instead of
 * hiding every {@code backoffice:*} command while the feature is not installed.
 */
public final class AdminFeature {

    private AdminFeature() {
    }

    /** The service, or an error naming the feature to install. */
    public static <T> T require(T service) {
        if (service == null) {
            throw new IllegalStateException("this command needs the backoffice-admin feature:"
                    + " feature:install backoffice-admin");
        }
        return service;
    }
}
