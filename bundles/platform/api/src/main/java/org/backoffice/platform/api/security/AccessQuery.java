package org.backoffice.platform.api.security;

/** Filters of the access log; {@code null} leaves a criterion out. */
public record AccessQuery(String user, String address, String event, Integer status) {
}
