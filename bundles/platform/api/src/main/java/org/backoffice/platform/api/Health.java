package org.backoffice.platform.api;

import java.util.List;

/**
 * The server's health as shown by {@code GET /api/health}.
 *
 * @param status   {@code UP} or {@code DOWN}
 * @param database {@code UP} or {@code DOWN}, with the product name when up
 * @param modules  ids of the active modules
 */
public record Health(String status, DatabaseHealth database, List<String> modules, long uptimeSeconds) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public Health {
        modules = List.copyOf(modules);
    }

    /** Database reachability; {@code error} is set only when it is down. */
    public record DatabaseHealth(String status, String product, String error) {
    }
}
