package org.backoffice.platform.rest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.servlet.Servlet;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Registers {@code /api/*} again when Pax Web's whiteboard has not taken it. Seldom (about one boot in ten on a busy
 * machine, with many bundles starting at once) Pax Web 8 processes the servlet before its default context exists,
 * logs "No matching target context(s) for Whiteboard element ServletModel{name='backoffice-api'}" and never looks at
 * it again: the server runs with no API until restarted. This guard notices that {@link ApiServlet} has been
 * registered for {@link #PATIENCE} without being initialised, and disables and enables that component, which
 * registers a new servlet service that the whiteboard processes afresh. It tries {@link #ATTEMPTS} times, then logs
 * that it gave up (health then stays unreachable, as before).
 */
@Component(immediate = true)
public final class WhiteboardGuard {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(WhiteboardGuard.class.getName());
    private static final String API = ApiServlet.class.getName();

    private final ComponentContext component;
    private final ScheduledExecutorService checks;
    /** Registrations tried since the servlet was last taken; touched by the one check thread only. */
    private int attempts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(osgi.http.whiteboard.servlet.name=backoffice-api)")
    private volatile Servlet api;

    @Activate
    public WhiteboardGuard(ComponentContext component) {
        this(component, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "backoffice-whiteboard-guard");
            thread.setDaemon(true);
            return thread;
        }));
        checks.scheduleWithFixedDelay(this::check, 5, 5, TimeUnit.SECONDS);
    }

    WhiteboardGuard(ComponentContext component, ScheduledExecutorService checks) {
        this.component = component;
        this.checks = checks;
    }

    @Deactivate
    void stop() {
        checks.shutdownNow();
    }

    private void check() {
        try {
            if (!(api instanceof ApiServlet servlet)) {
                return;
            }
            Duration waiting = servlet.waitingForWhiteboard();
            switch (next(waiting)) {
                case REGISTER_AGAIN -> {
                    LOG.warning("the HTTP whiteboard has not taken /api/* after " + waiting.toSeconds()
                            + " s: registering it again (attempt " + attempts + " of " + ATTEMPTS + ")");
                    component.disableComponent(API);
                    checks.schedule(() -> component.enableComponent(API), 1, TimeUnit.SECONDS);
                }
                case GIVE_UP -> LOG.severe("the HTTP whiteboard did not take /api/* after " + ATTEMPTS
                        + " registrations: giving up; restart the server");
                default -> {
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "checking the API's registration failed", e);
        }
    }

    /** What to do about a servlet that has waited {@code waiting} for the whiteboard (zero: it has been taken). */
    Action next(Duration waiting) {
        if (waiting.isZero()) {
            attempts = 0;
            return Action.NONE;
        }
        if (waiting.compareTo(PATIENCE) < 0 || attempts > ATTEMPTS) {
            return Action.NONE;
        }
        attempts++;
        return attempts > ATTEMPTS ? Action.GIVE_UP : Action.REGISTER_AGAIN;
    }

    enum Action {
        NONE, REGISTER_AGAIN, GIVE_UP
    }
}
