package org.backoffice.platform.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletResponse;

/** Files served by the console: content types, the security headers every answer carries, the CSP of the shell. */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "map", "application/json",
            "properties", "text/plain; charset=utf-8");
    private static final Pattern IMPORT_MAP =
            Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

    private StaticFiles() {
    }

    /**
     * The Content-Security-Policy for a page whose only inline script is its import map (allowed by its hash, which
     * is not script that runs): everything else from this server only, no framing.
     */
    static String contentSecurityPolicy(String html) {
        Matcher map = IMPORT_MAP.matcher(html);
        String scripts = "'self'";
        if (map.find()) {
            scripts += " 'sha256-" + sha256(map.group(1)) + "'";
        }
        return "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    static void securityHeaders(HttpServletResponse response, String csp) {
        response.setHeader("Content-Security-Policy", csp);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    static String type(String path) {
        int dot = path.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : path.substring(dot + 1), "application/octet-stream");
    }

    /** A path with no {@code ..}, no backslash and no empty segment, so that it stays inside its folder. */
    static boolean safe(String path) {
        return path != null && !path.isEmpty() && !path.contains("..") && !path.contains("\\")
                && !path.contains("//") && !path.startsWith("/") && path.matches("[A-Za-z0-9._/@+-]+");
    }

    static void send(HttpServletResponse response, URL url, String path, boolean immutable) throws IOException {
        response.setContentType(type(path));
        // versioned webjar files never change; the console's own files may change with a bundle update
        response.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
        try (InputStream in = url.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
