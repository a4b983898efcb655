package org.backoffice.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Swagger UI at {@code /api/docs/}, from the {@code org.webjars:swagger-ui} bundle, with our own page and initialiser
 * (no inline script) pointing at {@code /api/openapi.json}. A longer pattern than the API's {@code /api/*}, so the
 * HTTP whiteboard sends these requests here.
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/docs/*",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=backoffice-api-docs"})
public final class DocsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String WEBJAR = "org.webjars.swagger-ui";
    private static final String FILES = "META-INF/resources/webjars/swagger-ui/5.34.1/";

    private final transient BundleContext context;

    @Activate
    public DocsServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty()) {
            response.sendRedirect("/api/docs/");
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
        String file = "/".equals(path) ? "index.html" : path.substring(1);
        URL url = null;
        if ("index.html".equals(file) || "swagger-initializer.js".equals(file)) {
            url = DocsServlet.class.getResource("/docs/" + file);
        } else if (file.matches("[A-Za-z0-9._-]+")) {
            url = webjarFile(file);
        }
        if (url == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(file.endsWith(".html") ? "text/html; charset=utf-8"
                : file.endsWith(".js") ? "text/javascript; charset=utf-8"
                : file.endsWith(".css") ? "text/css; charset=utf-8"
                : file.endsWith(".png") ? "image/png" : "application/octet-stream");
        try (InputStream in = url.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private URL webjarFile(String file) {
        for (Bundle bundle : context.getBundles()) {
            if (WEBJAR.equals(bundle.getSymbolicName())) {
                return bundle.getEntry(FILES + file);
            }
        }
        return null;
    }
}
