package org.backoffice.platform.rest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.glassfish.jersey.inject.hk2.Hk2InjectionManagerFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Tells whether every bundle the Jersey application is built from has started. Jersey finds its own parts (the HK2
 * injection manager, its providers) through {@code META-INF/services} entries that its OSGi registry reads only if
 * jersey-common has started by the time Jersey first initialises; touched earlier, Jersey falls back to class-path
 * lookup for the life of that bundle and no build ever succeeds ("InjectionManagerFactory not found"). Karaf starts
 * bundles of one start level in installation order, in which this bundle comes before Jersey, so the API must not
 * touch a Jersey class before then: this check reads only the OSGi wiring and bundle states, never a Jersey class's
 * static state.
 * <p>
 * The bundles it waits for are those this bundle is wired to, directly or through their own package imports, plus
 * jersey-hk2 (which nothing imports: Jersey finds it as a service).
 */
final class JerseyPrerequisites {

    private final Bundle self;

    JerseyPrerequisites(BundleContext context) {
        this.self = context.getBundle();
    }

    /** Why the application cannot be built yet ("jersey-common is RESOLVED, not started"), or empty when it can. */
    Optional<String> notReady() {
        for (Bundle bundle : required()) {
            if (!started(bundle)) {
                return Optional.of("waiting for bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
                        + " to start (it is " + stateName(bundle.getState()) + ")");
            }
        }
        return Optional.empty();
    }

    /** Whether a change of this bundle's state can change what {@link #notReady} answers. */
    boolean concerns(Bundle bundle) {
        return required().contains(bundle);
    }

    private Set<Bundle> required() {
        Set<Bundle> found = new LinkedHashSet<>();
        Deque<Bundle> next = new ArrayDeque<>();
        next.add(self);
        Bundle injection = FrameworkUtil.getBundle(Hk2InjectionManagerFactory.class);
        if (injection != null) {
            next.add(injection);
        }
        while (!next.isEmpty()) {
            Bundle bundle = next.poll();
            if (bundle.getBundleId() == 0 || !found.add(bundle)) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                continue; // not resolved: notReady reports it by its state
            }
            for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                next.add(wire.getProvider().getBundle());
            }
        }
        found.remove(self);
        return found;
    }

    private static boolean started(Bundle bundle) {
        int state = bundle.getState();
        if (state == Bundle.ACTIVE) {
            return true;
        }
        // a lazily activated bundle stays STARTING until a class is loaded from it: that is as started as it gets
        String policy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
        return state == Bundle.STARTING && policy != null && policy.trim().startsWith(Constants.ACTIVATION_LAZY);
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> Integer.toString(state);
        };
    }
}
