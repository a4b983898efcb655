package org.backoffice.platform.api.health;

/**
 * @param status {@link #UP}, {@link #WARN} or {@link #DOWN}
 * @param reason why, for people
 */
public record CheckResult(String name, String status, String reason) {

    public static final String UP = "UP";
    public static final String WARN = "WARN";
    public static final String DOWN = "DOWN";

    public static CheckResult up(String name, String reason) {
        return new CheckResult(name, UP, reason);
    }

    public static CheckResult warn(String name, String reason) {
        return new CheckResult(name, WARN, reason);
    }

    public static CheckResult down(String name, String reason) {
        return new CheckResult(name, DOWN, reason);
    }

    /** The worse of two statuses (DOWN over WARN over UP). */
    public static String worse(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(String status) {
        return DOWN.equals(status) ? 2 : WARN.equals(status) ? 1 : 0;
    }
}
