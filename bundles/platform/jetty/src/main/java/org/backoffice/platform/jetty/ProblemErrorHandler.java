package org.backoffice.platform.jetty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Jetty's server-level error handler, answering RFC 9457 {@code application/problem+json} instead of Jetty's HTML
 * page. It is called for requests Jetty rejects while parsing them (there is no request object then, only a status:
 * a URI or headers too long, an encoded NUL or ambiguous segment in the path) and for requests that no context
 * takes. The detail is chosen by status and never repeats Jetty's reason, which can name its classes.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    static final String MEDIA_TYPE = "application/problem+json";

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, MEDIA_TYPE));
        return ByteBuffer.wrap(problem(status, null).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        String json;
        if (code == HttpStatus.NOT_FOUND_404 && frameworkStopping()) {
            // the last milliseconds of bin/stop: the API servlet is gone, Jetty not yet; answer what the API answered
            code = HttpStatus.SERVICE_UNAVAILABLE_503;
            response.setStatus(code);
            response.setHeader("Retry-After", "5");
            response.setHeader("Connection", "close");
            json = problem(code, "The server is stopping", request.getRequestURI());
        } else {
            json = problem(code, detail(code), request.getRequestURI());
        }
        if (!HttpStatus.hasNoBody(code)) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            response.setContentType(MEDIA_TYPE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /**
     * Whether the OSGi framework is going down: this class lives on Pax Web's Jetty bundle (a fragment), whose context
     * sees the system bundle; a bundle without a context is stopping itself.
     */
    private static boolean frameworkStopping() {
        Bundle host = FrameworkUtil.getBundle(ProblemErrorHandler.class);
        if (host == null) {
            return false; // not in OSGi (unit tests)
        }
        BundleContext context = host.getBundleContext();
        return context == null || context.getBundle(0).getState() == Bundle.STOPPING;
    }

    /** The problem for a status, as JSON; {@code instance} is the request path when there is one. */
    static String problem(int status, String instance) {
        return problem(status, detail(status), instance);
    }

    static String problem(int status, String detail, String instance) {
        StringBuilder json = new StringBuilder(160).append("{\"type\":\"about:blank\",\"title\":");
        quote(json, title(status)).append(",\"status\":").append(status).append(",\"detail\":");
        quote(json, detail);
        if (instance != null) {
            quote(json.append(",\"instance\":"), instance);
        }
        return json.append('}').toString();
    }

    static String title(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null || reason.equals(Integer.toString(status)) ? "Error " + status : reason;
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: its path or headers break the HTTP rules"
                    + " (for example an encoded NUL or an ambiguous path segment)";
            case 404 -> "There is no resource at this path";
            case 405 -> "This method is not allowed at this path";
            case 413 -> "The request is larger than the server accepts";
            case 414 -> "The request URI is longer than the server accepts";
            case 431 -> "The request headers are larger than the server accepts";
            case 501 -> "The server does not implement this method";
            case 505 -> "This HTTP version is not supported";
            default -> status >= 500 ? "The server could not complete the request" : "The request was refused";
        };
    }

    /** Appends a JSON string; the path comes from the client, so everything outside printable ASCII is escaped. */
    static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
