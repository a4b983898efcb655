package org.backoffice.platform.api;

/** Role names. {@code admin} may do everything; each module defines a manager (read/write) and a viewer (read) role. */
public final class Roles {

    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static String managerOf(String moduleId) {
        return moduleId + "-manager";
    }

    public static String viewerOf(String moduleId) {
        return moduleId + "-viewer";
    }
}
