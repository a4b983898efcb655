package org.backoffice.platform.api.security;

import java.time.Instant;

/**
 * One answered API request, as the REST layer reports it to every {@link ApiCallObserver}.
 *
 * @param user           who made it, {@code null} when not authenticated
 * @param authentication {@code basic}, {@code api-key}, {@code session} or {@code none}
 * @param event          what it was for the access log: {@code REQUEST}, {@code SIGN_IN_FAILED}, {@code LOCKED_OUT},
 *                       {@code FORBIDDEN}
 */
public record ApiCall(Instant at, String method, String path, int status, String user, String address,
        String authentication, String event, long nanos) {

    public static final String REQUEST = "REQUEST";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String LOCKED_OUT = "LOCKED_OUT";
    public static final String FORBIDDEN = "FORBIDDEN";

    /** The module a path belongs to: its first segment ({@code /finance/accounts} is {@code finance}). */
    public String module() {
        String trimmed = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        String first = slash < 0 ? trimmed : trimmed.substring(0, slash);
        return first.isEmpty() ? "root" : first;
    }
}
