package org.backoffice.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

/**
 * The console's figures (issue 14) on the built server, not a test: the shell to its painted sign-in form, sign-in
 * to the painted menu, and {@code /console/menu} (what every open browser polls every 2 s), median and p95. Run with
 * {@code bench/console-bench.sh}; figures go to the console and {@code itests/target/console-bench.txt}.
 */
public class ConsoleBenchmark {

    private static final int SIGN_INS = Integer.getInteger("bench.signIns", 20);
    private static final int MENU_LOADS = Integer.getInteger("bench.menuLoads", 500);

    @Test
    public void figures() throws Exception {
        try (ServerProcess server = new ServerProcess(Path.of("target/console-bench/server"))) {
            server.start();
            await(server, "/api/partners");
            server.console("feature:install backoffice-console");
            await(server, "/api/admin/features");
            List<Long> shell = new ArrayList<>();
            List<Long> signIn = new ArrayList<>();
            try (Browser browser = new Browser("http://localhost:" + server.httpPort())) {
                for (int i = 0; i < SIGN_INS + 2; i++) {
                    long started = System.nanoTime();
                    browser.open("/console/");
                    browser.await("#sign-in");
                    long painted = System.nanoTime();
                    browser.type("#user-name", ServerProcess.USER);
                    browser.type("#password", BackofficeTestSupport.PASSWORD);
                    long clicked = System.nanoTime();
                    browser.click("#sign-in-button");
                    browser.await("#menu a[data-page=partners]");
                    long menu = System.nanoTime();
                    if (i >= 2) { // the first two warm the server and the browser's cache
                        shell.add((painted - started) / 1_000);
                        signIn.add((menu - clicked) / 1_000);
                    }
                    browser.click("#sign-out");
                    browser.await("#sign-in");
                }
                String session = signInOverHttp(server.httpPort());
                HttpClient client = HttpClient.newHttpClient();
                List<Long> menus = new ArrayList<>();
                for (int i = 0; i < MENU_LOADS; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort()
                            + "/console/menu?lang=he")).header("Cookie", "BACKOFFICE_SESSION=" + session).build();
                    long started = System.nanoTime();
                    HttpResponse<String> reply = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (reply.statusCode() != 200) {
                        throw new AssertionError(reply.body());
                    }
                    menus.add((System.nanoTime() - started) / 1_000);
                }
                String report = "console shell to painted sign-in form: " + stats(shell) + "\n"
                        + "sign-in click to painted menu: " + stats(signIn) + "\n"
                        + "GET /console/menu (admin, Hebrew): " + stats(menus) + "\n";
                System.out.print(report);
                Files.writeString(Path.of("target/console-bench.txt"), report, StandardCharsets.UTF_8);
            } finally {
                server.stop();
            }
        }
    }

    private static String signInOverHttp(int port) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/console/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + ServerProcess.USER + "\",\"password\":\""
                        + BackofficeTestSupport.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = reply.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    private static String stats(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)", sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0,
                sorted.size());
    }

    private static void await(ServerProcess server, String path) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (server.http().get(path).status() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not answer 200 within 120 s");
    }
}
