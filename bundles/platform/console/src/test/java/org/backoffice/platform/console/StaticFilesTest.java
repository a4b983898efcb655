package org.backoffice.platform.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticFilesTest {

    @Test
    void theImportMapIsAllowedByItsHashAndNothingElseInline() {
        String csp = StaticFiles.contentSecurityPolicy(
                "<script type=\"importmap\">{\"imports\":{}}</script><script type=\"module\" src=\"/a.js\"></script>");
        // sha256 of {"imports":{}}
        assertTrue(csp.contains("script-src 'self' 'sha256-"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
    }

    @Test
    void pathsStayInsideTheirFolder() {
        assertTrue(StaticFiles.safe("lit/3.3.2/index.js"));
        assertFalse(StaticFiles.safe("../etc/users.properties"));
        assertFalse(StaticFiles.safe("a/../../b"));
        assertFalse(StaticFiles.safe("/etc/passwd"));
        assertFalse(StaticFiles.safe("a\\b"));
        assertFalse(StaticFiles.safe("a//b"));
        assertFalse(StaticFiles.safe(""));
        assertFalse(StaticFiles.safe("a%2e%2e/b"));
    }

    @Test
    void contentTypes() {
        assertEquals("text/javascript; charset=utf-8", StaticFiles.type("x/app.js"));
        assertEquals("application/octet-stream", StaticFiles.type("README"));
    }
}
