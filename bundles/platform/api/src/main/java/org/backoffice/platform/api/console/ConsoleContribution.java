package org.backoffice.platform.api.console;

import java.net.URL;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part of the web console, registered as a service by the module's console bundle: while it is registered
 * its pages are in the menu of every signed-in user who holds one of their roles, and its resources are served under
 * {@code /console/modules/<module>/}.
 */
@ConsumerType
public interface ConsoleContribution {

    /** The module id ({@code partners}): the folder its resources are served from. */
    String module();

    /** The pages, in menu order. */
    List<ConsolePage> pages();

    /**
     * A resource of this contribution ({@code partners.js}, {@code messages_he.properties}), or null. By default
     * {@code /console/<module>/<path>} in the implementing class's bundle.
     */
    default URL resource(String path) {
        return getClass().getResource("/console/" + module() + "/" + path);
    }
}
