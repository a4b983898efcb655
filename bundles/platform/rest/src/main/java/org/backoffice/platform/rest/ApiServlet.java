package org.backoffice.platform.rest;

import java.io.IOException;
import java.security.PrivilegedExceptionAction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.security.auth.Subject;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.api.security.ApiCallObserver;
import org.backoffice.platform.api.security.ApiKeys;
import org.backoffice.platform.api.security.LoginThrottle;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serves {@code /api/*}: authenticates with HTTP Basic against JAAS, enforces the body limit, and hands the request
 * to the current Jersey application built from every registered {@link RestResource}. A change in that set (a module
 * installed or removed) builds a new application in the background and swaps it in; requests keep being served by the
 * previous one until then.
 * <p>
 * The application is built only once every bundle Jersey is made of has started ({@link JerseyPrerequisites}), and
 * again whenever one of them starts while the API is not serving, so the start order of bundles never matters. While
 * no application serves, or the last build failed, {@code /api/health} answers 503 naming the reason (logged once).
 * When the framework begins to stop, new requests get 503 and the stop waits for the requests already inside.
 */
@Component(service = Servlet.class, configurationPid = "org.backoffice.rest", property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/*",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=backoffice-api",
    // Pax Web's extension: initialise (build the Jersey application) when registered, not on the first request
    "load-on-startup:Integer=1"})
@Designate(ocd = RestConfig.class)
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiServlet.class.getName());
    private static final long RELOAD_DEBOUNCE_MILLIS = 30;
    private static final Set<String> ANONYMOUS_PATHS = Set.of("/health");
    private static final String STARTING = "The API is starting";

    private final transient List<RestResource> resources = new CopyOnWriteArrayList<>();
    private final transient ObjectMapper mapper = Json.mapper();
    private final transient JaasAuthenticator authenticator;
    private final transient SessionAuthentication sessions;
    /** Lockout, API keys, security headers and the report of each call (issue 16); the services are optional. */
    private final transient ApiAccess access;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile LoginThrottle throttle;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile ApiKeys apiKeys;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final transient List<ApiCallObserver> observers = new CopyOnWriteArrayList<>();
    private final long maxBodyBytes;
    private final long drainSeconds;
    private final transient ScheduledExecutorService reloader;
    private final transient BundleContext context;
    private final transient JerseyPrerequisites prerequisites;
    private final transient RequestGate gate = new RequestGate();
    private final transient SynchronousBundleListener bundles = this::bundleChanged;
    private transient volatile JerseyGeneration current;
    private transient ScheduledFuture<?> pendingReload;
    private transient volatile boolean initialised;
    /** When this component was activated (System.nanoTime()), for {@link WhiteboardGuard}. */
    private final long activatedAt = System.nanoTime();
    /** Why the API does not serve the current set of resources (null: it does). */
    private transient volatile String unavailable = STARTING;
    /** The last reason written to the log, so that a reason repeated by every retry is logged once. */
    private transient String logged;

    @Activate
    public ApiServlet(RestConfig config, BundleContext context) {
        this.maxBodyBytes = config.maxBodyBytes();
        this.drainSeconds = config.drainSeconds();
        this.context = context;
        this.prerequisites = new JerseyPrerequisites(context);
        this.authenticator = new JaasAuthenticator(config.realm(), config.authCacheSeconds(), Clock.systemUTC());
        this.sessions = new SessionAuthentication(context);
        this.access = new ApiAccess(authenticator, sessions, () -> throttle, () -> apiKeys, () -> observers, mapper);
        this.reloader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "backoffice-rest-reload");
            thread.setDaemon(true);
            return thread;
        });
        context.addBundleListener(bundles);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + RestResource.JAXRS_RESOURCE + "=true)")
    void addResource(RestResource resource) {
        resources.add(resource);
        scheduleReload();
    }

    void removeResource(RestResource resource) {
        resources.remove(resource);
        scheduleReload();
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        initialised = true;
        scheduleReload();
    }

    @Override
    public void destroy() {
        initialised = false;
        JerseyGeneration last = current;
        current = null;
        if (last != null) {
            last.retire();
        }
        super.destroy();
    }

    /**
     * How long the servlet has been registered without the HTTP whiteboard having taken it (no {@link #init} yet;
     * {@code load-on-startup} makes Pax Web initialise it on registration), or zero once it has.
     */
    Duration waitingForWhiteboard() {
        return initialised ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - activatedAt);
    }

    @Deactivate
    void stop() {
        context.removeBundleListener(bundles);
        reloader.shutdownNow();
    }

    private void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (bundle.getBundleId() == 0 && event.getType() == BundleEvent.STOPPING) {
            drain();
        } else if (unavailable != null && (event.getType() == BundleEvent.STARTED
                || event.getType() == BundleEvent.RESOLVED) && prerequisites.concerns(bundle)) {
            scheduleReload();
        }
    }

    /** Runs in the thread stopping the framework, before any bundle stops: no new request, the current ones finish. */
    private void drain() {
        gate.close();
        long started = System.nanoTime();
        try {
            int left = gate.awaitIdle(drainSeconds, TimeUnit.SECONDS);
            if (left > 0) {
                LOG.warning(() -> left + " API requests still running after " + drainSeconds + " s; stopping anyway");
            } else {
                LOG.info(() -> "server stopping: new API requests get 503; those running finished within "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        ApiAccess.secure(response);
        long started = System.nanoTime();
        try {
            gated(request, response);
        } finally {
            access.completed(request, response, started);
        }
    }

    private void gated(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!gate.enter()) {
            response.setHeader("Retry-After", "5");
            // the client should not send its next request on this connection: Jetty is about to close it
            response.setHeader("Connection", "close");
            ProblemWriter.write(mapper, request, response,
                    Problem.of(503, "Service unavailable", "The server is stopping"));
            return;
        }
        try {
            admitted(request, response);
        } finally {
            gate.leave();
        }
    }

    private void admitted(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            ProblemWriter.write(mapper, request, response,
                    Problem.of(413, "Payload too large", "request body exceeds " + maxBodyBytes + " bytes"));
            return;
        }
        Subject subject = null;
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String reason = unavailable;
        if (reason != null && "/health".equals(path)) {
            response.setHeader("Retry-After", "1");
            ProblemWriter.write(mapper, request, response, Problem.of(503, "Service unavailable", reason));
            return;
        }
        if (!ANONYMOUS_PATHS.contains(path)) {
            Optional<Subject> authenticated = access.authenticate(request, response);
            if (authenticated.isEmpty()) {
                return;
            }
            subject = authenticated.get();
        }
        HttpServletRequest wrapped = subject == null
                ? new AuthenticatedRequest(request, null, Set.of(), maxBodyBytes)
                : new AuthenticatedRequest(request, Actor.userOf(subject), Actor.rolesOf(subject), maxBodyBytes);
        if (subject == null) {
            dispatch(wrapped, response);
            return;
        }
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Void>) () -> {
                dispatch(wrapped, response);
                return null;
            });
        } catch (java.security.PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException se) {
                throw se;
            }
            throw new ServletException(cause);
        }
    }

    private void dispatch(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            while (true) {
                JerseyGeneration generation = current;
                if (generation == null) {
                    response.setHeader("Retry-After", "1");
                    ProblemWriter.write(mapper, request, response, Problem.of(503, "Service unavailable",
                            Objects.requireNonNullElse(unavailable, STARTING)));
                    return;
                }
                if (generation.serve(request, response)) {
                    return;
                }
                // retired between the read and the call: the replacement is already current
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private synchronized void scheduleReload() {
        if (!initialised || stopping()) {
            return;
        }
        if (pendingReload != null) {
            pendingReload.cancel(false);
        }
        // a feature brings several resources at once: build one application for all of them
        pendingReload = reloader.schedule(this::reload, RELOAD_DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The framework is going down: resources leave one by one, and rebuilding without each would only cost time. */
    private boolean stopping() {
        return gate.isClosed() || context.getBundle(0).getState() == Bundle.STOPPING;
    }

    private synchronized void reload() {
        if (!initialised || stopping()) {
            return;
        }
        Optional<String> waiting = prerequisites.notReady();
        if (waiting.isPresent()) {
            // retried from bundleChanged when the bundle it waits for starts
            unavailable = STARTING + ": " + waiting.get();
            report("REST API waits for the bundles it is built from", null);
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            ServletContainer container = new ServletContainer(application());
            container.init(getServletConfig());
            JerseyGeneration old = current;
            current = new JerseyGeneration(container);
            if (old != null) {
                old.retire();
            }
            unavailable = null;
            logged = null;
            LOG.info(() -> "REST API serving " + resources.size() + " resources");
        } catch (ServletException | RuntimeException | LinkageError e) {
            // retried when the set of resources changes or a bundle it is built from starts again
            unavailable = "The REST application could not be built: " + rootMessage(e);
            report(unavailable + (current == null ? "" : "; the previous one keeps serving"), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void report(String reason, Throwable failure) {
        if (reason.equals(logged)) {
            return;
        }
        logged = reason;
        if (failure == null) {
            LOG.info(reason);
        } else {
            LOG.log(Level.SEVERE, reason, failure);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private ResourceConfig application() {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new ObjectMapperResolver(mapper));
        config.register(RolesAllowedDynamicFeature.class);
        config.register(new ProblemMapper());
        for (RestResource resource : resources) {
            config.registerInstances(resource);
        }
        return config;
    }
}
