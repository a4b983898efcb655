package org.backoffice.platform.admin;

import java.util.Set;

/**
 * Which Karaf features are Backoffice modules an administrator may install or remove: {@code backoffice-*}, except
 * the platform and the features the console itself stands on.
 */
final class ModuleFeatures {

    static final Set<String> FIXED = Set.of("backoffice-platform", "backoffice-jaxrs", "backoffice-all",
            "backoffice-console", "backoffice-postgresql");

    private ModuleFeatures() {
    }

    static boolean isModule(String feature) {
        return feature != null && feature.startsWith("backoffice-") && !FIXED.contains(feature);
    }
}
