package org.backoffice.platform.console;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Files of the webjar bundles installed with the console ({@code META-INF/resources/webjars/<name>/<version>/...}),
 * read as bundle entries: no class loading, no classpath scan. Which bundle holds a {@code <name>/<version>} is
 * remembered while that bundle is installed.
 */
final class Webjars {

    private static final String ROOT = "META-INF/resources/webjars/";

    private final BundleContext context;
    private final Map<String, Bundle> owners = new ConcurrentHashMap<>();

    Webjars(BundleContext context) {
        this.context = context;
    }

    /** The file at {@code <name>/<version>/<path>}, or null. */
    URL find(String path) {
        String[] parts = path.split("/", 3);
        if (parts.length < 3) {
            return null;
        }
        String folder = parts[0] + "/" + parts[1] + "/";
        Bundle owner = owners.get(folder);
        if (owner != null && owner.getState() != Bundle.UNINSTALLED) {
            return owner.getEntry(ROOT + path);
        }
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getEntry(ROOT + folder) != null) {
                owners.put(folder, bundle);
                return bundle.getEntry(ROOT + path);
            }
        }
        return null;
    }
}
