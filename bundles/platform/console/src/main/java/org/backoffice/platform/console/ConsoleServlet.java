package org.backoffice.platform.console;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.backoffice.platform.api.console.ConsoleContribution;
import org.backoffice.platform.api.console.ConsoleSessions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serves {@code /console/*}: the shell page and its files, the webjars, every module's console files, sign-in and
 * sign-out ({@code /console/session}) and the signed-in user's menu ({@code /console/menu}).
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/console/*",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=backoffice-console"})
public final class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LOGIN_BYTES = 4096;

    private final transient ConsoleSessionService sessions;
    private final transient Webjars webjars;
    private final transient List<ConsoleContribution> contributions = new CopyOnWriteArrayList<>();
    private final transient ObjectMapper json = new ObjectMapper();
    private final String index;
    private final String csp;

    @Activate
    public ConsoleServlet(@Reference ConsoleSessionService sessions, BundleContext context) throws IOException {
        this.sessions = sessions;
        this.webjars = new Webjars(context);
        this.index = StaticFiles.read(ConsoleServlet.class.getResource("/console/shell/index.html"));
        this.csp = StaticFiles.contentSecurityPolicy(index);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ConsoleContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(ConsoleContribution contribution) {
        contributions.remove(contribution);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaticFiles.securityHeaders(response, csp);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String method = request.getMethod();
        if (path.isEmpty()) {
            response.sendRedirect("/console/");
        } else if ("/".equals(path) && "GET".equals(method)) {
            response.setContentType("text/html; charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getWriter().write(index);
        } else if ("/session".equals(path)) {
            session(request, response, method);
        } else if ("/menu".equals(path) && "GET".equals(method)) {
            menu(request, response);
        } else if ("GET".equals(method)) {
            file(response, path.substring(1));
        } else {
            Replies.problem(response, 405, "Method not allowed", method + " is not allowed on /console" + path);
        }
    }

    private void session(HttpServletRequest request, HttpServletResponse response, String method) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        switch (method) {
            case "GET" -> {
                Optional<Session> session = sessions.find(cookie(request));
                if (session.isEmpty()) {
                    Replies.problem(response, 401, "Unauthorized", "Not signed in");
                } else {
                    Replies.json(response, 200, json, describe(session.get()));
                }
            }
            case "POST" -> signIn(request, response);
            case "DELETE" -> {
                String id = cookie(request);
                if (sessions.authorise(id, method, request.getHeader(ConsoleSessions.CSRF_HEADER)).isEmpty()) {
                    Replies.problem(response, 403, "Forbidden", "Sign-out needs the session's CSRF token");
                    return;
                }
                sessions.signOut(id);
                response.addHeader("Set-Cookie", Replies.cookie(ConsoleSessions.COOKIE, "", secure(request), 0));
                response.setStatus(204);
            }
            default -> Replies.problem(response, 405, "Method not allowed", method + " is not allowed on /console/session");
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            // a cross-site form cannot send JSON without a preflight: this is the sign-in's CSRF protection
            Replies.problem(response, 415, "Unsupported media type", "Sign in with an application/json body");
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(request.getInputStream().readNBytes(MAX_LOGIN_BYTES));
        } catch (IOException e) {
            Replies.problem(response, 400, "Bad request", "The body is not JSON");
            return;
        }
        String user = body == null ? null : text(body, "user");
        String password = body == null ? null : text(body, "password");
        if (user == null || password == null) {
            Replies.invalid(response, user == null ? "user" : "password", "is required");
            return;
        }
        Optional<Session> session = sessions.signIn(user, password);
        if (session.isEmpty()) {
            Replies.problem(response, 401, "Unauthorized", "The user name or password is wrong");
            return;
        }
        response.addHeader("Set-Cookie", Replies.cookie(ConsoleSessions.COOKIE, session.get().id(), secure(request), -1));
        Replies.json(response, 200, json, describe(session.get()));
    }

    private void menu(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<Session> session = sessions.find(cookie(request));
        if (session.isEmpty()) {
            Replies.problem(response, 401, "Unauthorized", "Not signed in");
            return;
        }
        Menu.View view = Menu.of(contributions, session.get().roles(), request.getParameter("lang"));
        Map<String, String> shell = Menu.messages(p -> ConsoleServlet.class.getResource("/console/shell/" + p),
                view.language());
        Replies.json(response, 200, json, Map.of("language", view.language(), "direction", view.direction(),
                "pages", view.pages(), "modules", view.modules(), "shell", shell));
    }

    private void file(HttpServletResponse response, String path) throws IOException {
        URL url = null;
        boolean immutable = false;
        if (path.startsWith("shell/") && StaticFiles.safe(path.substring(6)) && !path.endsWith(".html")) {
            url = ConsoleServlet.class.getResource("/console/" + path);
        } else if (path.startsWith("webjars/") && StaticFiles.safe(path.substring(8))) {
            url = webjars.find(path.substring(8));
            immutable = true;
        } else if (path.startsWith("modules/")) {
            String[] parts = path.split("/", 3);
            if (parts.length == 3 && StaticFiles.safe(parts[2])) {
                url = contributions.stream().filter(c -> c.module().equals(parts[1])).findFirst()
                        .map(c -> c.resource(parts[2])).orElse(null);
            }
        }
        if (url == null) {
            Replies.problem(response, 404, "Not found", "No such file: /console/" + path);
            return;
        }
        StaticFiles.send(response, url, path, immutable);
    }

    private static Map<String, Object> describe(Session session) {
        return Map.of("user", session.user(), "roles", session.roles(), "csrfToken", session.csrfToken());
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static boolean secure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (ConsoleSessions.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
