package org.backoffice.platform.rest;

import java.io.IOException;

import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The error page of the HTTP context the API lives in: whatever a servlet there answers with {@code sendError} or an
 * exception, and every path no servlet serves (Pax Web's default servlet only sends 404), becomes an RFC 9457
 * problem instead of Jetty's HTML or JSON page. Nothing of the exception or the server's internals is shown.
 * Requests Jetty refuses before any context sees them are answered by the Jetty fragment's error handler.
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=backoffice-error-page",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=4xx",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=5xx",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=java.lang.Throwable"})
public final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ObjectMapper mapper = Json.mapper();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        String detail = detail(status);
        if (status == HttpServletResponse.SC_NOT_FOUND && frameworkStopping()) {
            // bin/stop: the API servlet has left the context a moment before this page and Jetty do
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            detail = "The server is stopping";
            response.setHeader("Retry-After", "5");
            response.setHeader("Connection", "close");
        }
        Problem problem = Problem.of(status, title(status), detail)
                .withInstance(uri instanceof String path ? path : request.getRequestURI());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), problem);
    }

    private static boolean frameworkStopping() {
        Bundle bundle = FrameworkUtil.getBundle(ErrorPageServlet.class);
        if (bundle == null) {
            return false;
        }
        BundleContext context = bundle.getBundleContext();
        return context == null || context.getBundle(0).getState() == Bundle.STOPPING;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error " + status;
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this path";
            case 405 -> "This method is not allowed at this path";
            default -> status >= 500 ? "The server could not complete the request" : "The request was refused";
        };
    }
}
