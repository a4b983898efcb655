package org.backoffice.platform.rest;

import java.io.IOException;
import java.security.PrivilegedExceptionAction;
import java.time.Clock;
import java.util.List;
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
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serves {@code /api/*}: authenticates with HTTP Basic against JAAS, enforces the body limit, and hands the request
 * to the current Jersey application built from every registered {@link RestResource}. A change in that set (a module
 * installed or removed) builds a new application in the background and swaps it in; requests keep being served by the
 * previous one until then.
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

    private final transient List<RestResource> resources = new CopyOnWriteArrayList<>();
    private final transient ObjectMapper mapper = Json.mapper();
    private final transient JaasAuthenticator authenticator;
    private final long maxBodyBytes;
    private final transient ScheduledExecutorService reloader;
    private transient volatile JerseyGeneration current;
    private transient ScheduledFuture<?> pendingReload;
    private transient volatile boolean initialised;

    @Activate
    public ApiServlet(RestConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
        this.authenticator = new JaasAuthenticator(config.realm(), config.authCacheSeconds(), Clock.systemUTC());
        this.reloader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "backoffice-rest-reload");
            thread.setDaemon(true);
            return thread;
        });
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
        reload();
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

    @Deactivate
    void stop() {
        reloader.shutdownNow();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            ProblemWriter.write(mapper, request, response,
                    Problem.of(413, "Payload too large", "request body exceeds " + maxBodyBytes + " bytes"));
            return;
        }
        Subject subject = null;
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (!ANONYMOUS_PATHS.contains(path)) {
            Optional<Subject> authenticated = authenticator.authenticate(request.getHeader("Authorization"));
            if (authenticated.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"backoffice\", charset=\"UTF-8\"");
                ProblemWriter.write(mapper, request, response, Problem.of(401, "Unauthorized",
                        request.getHeader("Authorization") == null ? "Authentication is required"
                                : "The user name or password is wrong"));
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
                    ProblemWriter.write(mapper, request, response,
                            Problem.of(503, "Service unavailable", "The API is starting"));
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
        if (!initialised) {
            return;
        }
        if (pendingReload != null) {
            pendingReload.cancel(false);
        }
        // a feature brings several resources at once: build one application for all of them
        pendingReload = reloader.schedule(this::reload, RELOAD_DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void reload() {
        if (!initialised) {
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
            LOG.info(() -> "REST API serving " + resources.size() + " resources");
        } catch (ServletException | RuntimeException e) {
            LOG.log(Level.SEVERE, "could not build the REST application; keeping the previous one", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
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
