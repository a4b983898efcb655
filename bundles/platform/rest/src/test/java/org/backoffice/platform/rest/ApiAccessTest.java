package org.backoffice.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ApiAccessTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLockoutCheckReadsTheUserOfABasicHeader() {
        assertEquals("דנה", ApiAccess.basicUser(basic("דנה:secret:with:colons")));
        assertEquals("anna", ApiAccess.basicUser("basic " + Base64.getEncoder().encodeToString(
                "anna:x".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void noUserWithoutAWellFormedBasicHeader() {
        assertNull(ApiAccess.basicUser(null));
        assertNull(ApiAccess.basicUser("Bearer bo_x_y"));
        assertNull(ApiAccess.basicUser("Basic !!!not-base64"));
        assertNull(ApiAccess.basicUser(basic(":password-only")));
    }
}
