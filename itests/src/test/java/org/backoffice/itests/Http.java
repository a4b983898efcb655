package org.backoffice.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the tests: real requests to the server's port, Basic authentication, JSON bodies. */
final class Http {

    // decimals exactly as sent (5000.50 stays 5000.50)
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private String user;
    private String password = BackofficeTestSupport.PASSWORD;

    Http(int port) {
        this.port = port;
    }

    Http as(String user) {
        this.user = user;
        return this;
    }

    Http password(String password) {
        this.password = password;
        return this;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(builder(path).GET());
    }

    Reply get(String path, String accept) throws IOException, InterruptedException {
        return send(builder(path).header("Accept", accept).GET());
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(path, "POST", "application/json", json);
    }

    Reply put(String path, String json) throws IOException, InterruptedException {
        return send(path, "PUT", "application/json", json);
    }

    Reply send(String path, String method, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder builder = builder(path);

        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Reply send(String path, String method, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(builder(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Announces a JSON body of {@code length} bytes but sends only its first 64 KiB, then reads the answer: a server
     * that enforces its limit from Content-Length answers without waiting for the rest. (Sending all of it races the
     * server closing the connection, and the client then sees a broken pipe instead of the answer.)
     */
    Reply postAnnounced(String path, long length) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n";
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(("{\"notes\":\"" + "x".repeat(65_536)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String headers = response.substring(0, split);
            String contentType = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            String body = response.substring(split + 4);
            if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            return new Reply(status, contentType, null, body);
        }
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            String credentials = user + ":" + password;
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(builder.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers(), response.body());
    }

    record Reply(int status, String contentType, java.net.http.HttpHeaders headers, String body) {

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
