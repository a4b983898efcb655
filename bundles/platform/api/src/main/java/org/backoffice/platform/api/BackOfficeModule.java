package org.backoffice.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as an OSGi service by every domain module while it is active. The platform lists exactly the registered
 * descriptors in {@code /api/modules} and {@code backoffice:modules}, so a module appears and disappears with its bundles.
 */
@ConsumerType
public interface BackOfficeModule {

    /** Short stable id, also the prefix of role names and table names, e.g. {@code partners}. */
    String id();

    /** Human readable name, e.g. {@code Partners directory}. */
    String name();

    /** The module version, usually its implementation bundle's version. */
    String version();

    /** REST base path under the server root, e.g. {@code /api/partners}. */
    String restBasePath();

    /** Karaf shell scope of the module's commands, e.g. {@code partners}. */
    default String shellScope() {
        return id();
    }

    /** Roles the module defines, by default {@code <id>-manager} and {@code <id>-viewer}. */
    default List<String> roles() {
        return List.of(Roles.managerOf(id()), Roles.viewerOf(id()));
    }
}
