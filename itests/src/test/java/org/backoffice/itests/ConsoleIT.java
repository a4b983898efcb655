package org.backoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web console in a real Chromium against the real server: one unpacked server (started as a user starts it, see
 * {@link ServerProcess}; Selenium does not run inside Pax Exam's class loader) and one browser for every test. The
 * console is installed with {@code feature:install backoffice-console}, as an administrator would.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsoleIT {

    private static final String MANAGER = "dana";
    private static final String VIEWER = "yossi";
    private static final String ACCOUNTANT = "rivka";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<Long> PAINTS = Collections.synchronizedList(new ArrayList<>());

    private static ServerProcess server;
    private static Browser browser;
    private static int port;

    @Rule
    public final TestWatcher evidence = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            if (browser != null) {
                browser.saveEvidence(description.getMethodName());
            }
        }
    };

    @BeforeClass
    public static void startServerAndBrowser() throws Exception {
        server = new ServerProcess(Path.of("target/console-it/server"));
        Files.writeString(server.home().resolve("etc/users.properties"),
                "\n" + MANAGER + " = " + BackofficeTestSupport.PASSWORD + ",partners-manager\n"
                        + VIEWER + " = " + BackofficeTestSupport.PASSWORD + ",partners-viewer\n"
                        + ACCOUNTANT + " = " + BackofficeTestSupport.PASSWORD + ",finance-viewer\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        server.start();
        port = server.httpPort();
        awaitStatus("/api/partners", true, 200);
        long started = System.nanoTime();
        server.console("feature:install backoffice-console backoffice-openapi");
        awaitStatus("/console/", false, 200);
        System.out.println("feature:install backoffice-console backoffice-openapi until /console answers: "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        browser = new Browser("http://localhost:" + port);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (!PAINTS.isEmpty()) {
            System.out.println("sign-in to painted menu (ms): " + PAINTS);
        }
    }

    @Test
    public void a_aWrongPasswordIsRefusedThenTheManagerSignsIn() {
        browser.open("/console/");
        browser.type("#user-name", MANAGER);
        browser.type("#password", "wrong");
        browser.click("#sign-in-button");
        browser.awaitText("#sign-in-error", "wrong");
        signIn(MANAGER);
        assertEquals(MANAGER, browser.await("#user").getText());
        assertEquals("ltr", browser.script("return document.documentElement.dir"));
    }

    @Test
    public void b_theManagerCreatesPartnersAndMarkupInANameIsShownAsText() throws Exception {
        String xss = "<img src=x onerror=alert(1)>";
        createPartner("XSS-1", xss);
        createPartner("HE-1", "שלום ושות' בע\"מ");
        createPartner("AR-ZH-1", "شركة السلام 和平贸易");
        browser.type("#partner-search", "XSS-1");
        browser.click("#partner-search-button");
        browser.awaitText("tr[data-code='XSS-1'] td.name", xss);
        assertEquals(1, browser.all("#partners-table tbody tr").size());
        assertEquals(0, browser.all("#partners-table img").size());
        assertNoAlert();
        browser.type("#partner-search", "שלום");
        browser.click("#partner-search-button");
        browser.awaitText("tr[data-code='HE-1'] td.name", "שלום ושות' בע\"מ");
        browser.type("#partner-search", "和平");
        browser.click("#partner-search-button");
        browser.awaitText("tr[data-code='AR-ZH-1'] td.name", "شركة السلام 和平贸易");
        JsonNode stored = server.http().get("/api/partners/AR-ZH-1").json();
        assertEquals("شركة السلام 和平贸易", stored.get("name").asText());
        assertFalse("an address has no 'empty' field: " + stored, stored.get("billingAddress").has("empty"));
    }

    @Test
    public void c_anInvalidPartnerShowsTheProblemAndMarksTheField() throws Exception {
        browser.click("#partner-new");
        browser.type("#partner-form input[name=code]", "BAD-1");
        browser.type("#partner-form input[name=email]", "not-an-email");
        browser.click("#partner-save");
        browser.await(".field-error[data-field=name]");
        browser.await(".field-error[data-field=email]");
        assertTrue(browser.all("#partner-form input[name=name].invalid").size() == 1);
        assertEquals(404, server.http().get("/api/partners/BAD-1").status());
        browser.click("#partner-cancel");
    }

    @Test
    public void d_savingOverSomeoneElsesChangeSaysSo() throws Exception {
        browser.type("#partner-search", "HE-1");
        browser.click("#partner-search-button");
        browser.click("tr[data-code='HE-1']");
        browser.await("#partner-form input[name=email]");
        // someone else saves the partner in the meantime
        JsonNode current = server.http().get("/api/partners/HE-1").json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) current).put("email", "other@example.com");
        assertEquals(200, server.http().put("/api/partners/HE-1", current.toString()).status());
        browser.type("#partner-form input[name=email]", "mine@example.com");
        browser.click("#partner-save");
        browser.awaitText("#partner-problem", "Someone else changed this");
        assertEquals("other@example.com", server.http().get("/api/partners/HE-1").json().get("email").asText());
        browser.click("#partner-cancel");
    }

    @Test
    public void e_theApiAcceptsTheSessionButAChangeNeedsTheCsrfToken() throws Exception {
        String session = browser.cookie("BACKOFFICE_SESSION");
        assertNotNull(session);
        HttpResponse<String> me = call("GET", "/console/session", session, null, null);
        assertEquals(200, me.statusCode());
        String token = JSON.readTree(me.body()).get("csrfToken").asText();
        assertEquals(200, call("GET", "/api/partners?limit=1", session, null, null).statusCode());
        String body = "{\"code\":\"CSRF-1\",\"name\":\"Forged\",\"roles\":[\"CUSTOMER\"]}";
        HttpResponse<String> forged = call("POST", "/api/partners", session, null, body);
        assertEquals(forged.body(), 401, forged.statusCode());
        assertFalse("no Basic prompt for a session", forged.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(404, server.http().get("/api/partners/CSRF-1").status());
        assertEquals(401, call("POST", "/api/partners", session, "not-the-token", body).statusCode());
        assertEquals(403, call("DELETE", "/console/session", session, null, null).statusCode());
        assertEquals(201, call("POST", "/api/partners", session, token, body).statusCode());
        JsonNode audit = server.http().get("/api/audit?entityId=CSRF-1").json();
        assertEquals(audit.toString(), MANAGER, audit.get("items").get(0).get("user").asText());
    }

    @Test
    public void f_headersCookieAndPageWeight() throws Exception {
        HttpResponse<String> page = call("GET", "/console/", null, null, null);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp, csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self' 'sha256-"));
        assertFalse(csp, csp.contains("unsafe"));
        HttpResponse<String> signIn = call("POST", "/console/session", null, null,
                "{\"user\":\"" + VIEWER + "\",\"password\":\"" + BackofficeTestSupport.PASSWORD + "\"}");
        assertEquals(200, signIn.statusCode());
        String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        assertEquals(404, call("GET", "/console/shell/../../etc/users.properties", null, null, null).statusCode());
        long scriptBytes = ((Number) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('.js')).reduce((n, e) => n + e.decodedBodySize, 0)")).longValue();
        System.out.println("JavaScript loaded for the shell and the partners pages: " + scriptBytes + " bytes");
        assertTrue(scriptBytes + " bytes", scriptBytes > 10_000 && scriptBytes <= 150 * 1024);
    }

    @Test
    public void g_hebrewIsRightToLeftAndRemembered() {
        language("he");
        browser.awaitText("#menu a[data-page=partners]", "שותפים");
        assertEquals("rtl", browser.script("return document.documentElement.dir"));
        assertEquals("he", browser.script("return document.documentElement.lang"));
        browser.driver().navigate().refresh();
        browser.awaitText("#menu a[data-page=partners]", "שותפים");
        assertEquals("rtl", browser.script("return document.documentElement.dir"));
        language("en");
        browser.awaitText("#menu a[data-page=partners]", "Partners");
        assertEquals("ltr", browser.script("return document.documentElement.dir"));
    }

    @Test
    public void h_aModuleRemovedLeavesTheMenuAndComesBackWhenInstalled() throws Exception {
        browser.await("#menu a[data-page=partners]");
        assertTrue(OpenApiCheck.paths(server.http()).contains("/partners/{code}"));
        server.console("feature:uninstall backoffice-partners");
        browser.awaitGone("#menu a[data-page=partners]", Duration.ofSeconds(20));
        assertFalse("the document follows the module out", OpenApiCheck.paths(server.http()).contains("/partners"));
        server.console("feature:install backoffice-partners");
        browser.awaitText("#menu a[data-page=partners]", "Partners");
        awaitStatus("/api/partners", true, 200);
        assertTrue("and back in", OpenApiCheck.paths(server.http()).contains("/partners/{code}"));
    }

    @Test
    public void i_signOutThenAViewerSeesNoWriteButtons() throws Exception {
        String old = browser.cookie("BACKOFFICE_SESSION");
        browser.click("#sign-out");
        browser.await("#sign-in");
        assertEquals(401, call("GET", "/api/partners", old, null, null).statusCode());
        signIn(VIEWER);
        browser.click("#menu a[data-page=partners]");
        browser.await("tr[data-code='HE-1']");
        assertTrue(browser.all("#partner-new").isEmpty());
        browser.click("tr[data-code='HE-1']");
        browser.await("#partner-form input[name=name]");
        assertTrue(browser.all("#partner-save").isEmpty());
        assertEquals("true", browser.await("#partner-form input[name=name]").getDomAttribute("readonly"));
        browser.click("#partner-cancel");
        browser.click("#sign-out");
        browser.await("#sign-in");
    }

    @Test
    public void j_theOpenApiDocumentDescribesExactlyWhatTheServerServes() throws Exception {
        int operations = OpenApiCheck.everyOperationIsServed(server.http());
        System.out.println("OpenAPI operations checked against the server: " + operations);
        assertTrue(operations > 10);
        Http.Reply yaml = server.http().get("/api/openapi.yaml");
        assertEquals(200, yaml.status());
        assertTrue(yaml.body(), yaml.body().contains("openapi: 3.1.0"));
        HttpResponse<String> docs = call("GET", "/api/docs/", null, null, null);
        assertEquals(200, docs.statusCode());
        assertTrue(docs.body(), docs.body().contains("swagger-ui-bundle.js"));
        assertEquals(200, call("GET", "/api/docs/swagger-ui-bundle.js", null, null, null).statusCode());
        assertEquals(200, call("GET", "/api/docs/swagger-initializer.js", null, null, null).statusCode());
    }

    @Test
    public void k_theAdministratorRemovesAndInstallsAModuleFromTheModulesPage() throws Exception {
        assertEquals(403, new Http(port).as(VIEWER).get("/api/admin/features").status());
        signIn(ServerProcess.USER);
        browser.click("#menu a[data-page=admin-health]");
        browser.awaitText("#health-status", "UP");
        browser.click("#menu a[data-page=admin-modules]");
        browser.click("tr[data-feature=backoffice-partners] button.uninstall");
        browser.awaitGone("#menu a[data-page=partners]", Duration.ofSeconds(30));
        browser.awaitText("tr[data-feature=backoffice-partners] td.state", "available");
        assertEquals(404, server.http().get("/api/partners").status());
        browser.click("tr[data-feature=backoffice-partners] button.install");
        browser.awaitText("#menu a[data-page=partners]", "Partners");
        browser.awaitText("tr[data-feature=backoffice-partners] td.state", "installed");
        awaitStatus("/api/partners", true, 200);
        assertEquals(404, server.http().post("/api/admin/features/backoffice-platform/uninstall", "{}").status());
        browser.click("#menu a[data-page=admin-audit]");
        browser.type("#audit-filter input[name=entityId]", "HE-1");
        browser.type("#audit-filter input[name=user]", ServerProcess.USER);
        browser.click("#audit-apply");
        browser.awaitText("#audit-table tr[data-entity-id='HE-1']", "email");
        browser.awaitText("#range", "1–1 of 1");
    }

    @Test
    public void l_aFinanceViewerSeesTheFinancePagesOnly() throws Exception {
        browser.click("#sign-out");
        browser.await("#sign-in");
        server.console("feature:install backoffice-finance");
        awaitStatus("/api/finance/accounts", true, 200);
        signIn(ACCOUNTANT, "finance-trial-balance");
        assertTrue("no partners role, no partners page", browser.all("#menu a[data-page=partners]").isEmpty());
        browser.await("#menu a[data-page=finance-invoices]");
        browser.await("#trial-balance #tb-totals");
        browser.click("#tb-show");
        browser.await("#tb-totals");
        browser.click("#menu a[data-page=finance-invoices]");
        browser.await("#invoices-table");
        browser.await("#range");
        assertTrue(browser.all("#invoices-problem").isEmpty());
    }

    private static void signIn(String user) {
        signIn(user, "partners");
        browser.await("#partners-table");
    }

    private static void signIn(String user, String firstPage) {
        browser.open("/console/");
        browser.type("#user-name", user);
        browser.type("#password", BackofficeTestSupport.PASSWORD);
        long started = System.nanoTime();
        browser.click("#sign-in-button");
        browser.await("#menu a[data-page=" + firstPage + "]");
        PAINTS.add((System.nanoTime() - started) / 1_000_000);
        browser.click("#menu a[data-page=" + firstPage + "]");
    }

    private static void createPartner(String code, String name) {
        browser.click("#partner-new");
        browser.type("#partner-form input[name=code]", code);
        browser.type("#partner-form input[name=name]", name);
        browser.type("#partner-form input[name=city]", "تل أبيب");
        browser.type("#partner-form input[name=country]", "IL");
        browser.click("#partner-save");
        browser.await("#partner-search");
        browser.awaitText("#notice", "Partner " + name + " saved");
    }

    private static void language(String value) {
        new Select(browser.await("#language")).selectByValue(value);
    }

    private static void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a script from a partner's name ran");
        } catch (NoAlertPresentException expected) {
            // the name is text
        }
    }

    private static HttpResponse<String> call(String method, String path, String session, String csrf, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (session != null) {
            request.header("Cookie", "BACKOFFICE_SESSION=" + session);
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void awaitStatus(String path, boolean authenticated, int status) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        String last = "no answer";
        while (System.currentTimeMillis() < deadline) {
            try {
                int answer = authenticated ? server.http().get(path).status()
                        : call("GET", path, null, null, null).statusCode();
                if (answer == status) {
                    return;
                }
                last = Integer.toString(answer);
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not answer " + status + " within 120 s; last: " + last);
    }
}
