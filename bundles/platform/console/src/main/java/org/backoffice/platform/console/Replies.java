package org.backoffice.platform.console;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The console's own answers: JSON, RFC 9457 problems, and the session cookie. */
final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {
    }

    static void json(HttpServletResponse response, int status, ObjectMapper mapper, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), body);
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, null);
    }

    static void invalid(HttpServletResponse response, String field, String message) throws IOException {
        write(response, 422, "Validation failed", field + " " + message,
                List.of(Map.of("field", field, "message", message)));
    }

    private static void write(HttpServletResponse response, int status, String title, String detail,
            List<Map<String, String>> errors) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (errors != null) {
            body.put("errors", errors);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** The session cookie: script cannot read it, other sites cannot send it, and only over TLS when TLS is used. */
    static String cookie(String name, String value, boolean secure, int maxAge) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }
}
