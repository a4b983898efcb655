package org.backoffice.platform.api.security;

import java.time.Instant;

/** One line of the access log. */
public record AccessEntry(long id, Instant at, String event, String user, String address, String method, String path,
        int status, String authentication) {
}
