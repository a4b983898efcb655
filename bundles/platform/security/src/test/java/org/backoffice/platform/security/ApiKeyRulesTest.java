package org.backoffice.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.security.NewApiKey;
import org.junit.jupiter.api.Test;

class ApiKeyRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration LONGEST = Duration.ofDays(730);

    @Test
    void aKeyWithNameUserRolesAndExpiryIsAccepted() {
        assertDoesNotThrow(() -> ApiKeyRules.check(new NewApiKey("مزامنة البنك 银行", "svc-bank",
                Set.of("finance-viewer"), NOW.plus(Duration.ofDays(90))), NOW, LONGEST));
    }

    @Test
    void everyWrongFieldIsNamed() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> ApiKeyRules.check(new NewApiKey(" ", null, Set.of(), NOW.minusSeconds(1)), NOW, LONGEST));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("name", "user", "roles", "expiresAt"), fields);
    }

    @Test
    void rolesMustBeNamesAndTheExpiryWithinTheLongestLifetime() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> ApiKeyRules.check(new NewApiKey("k", "u", Set.of("admin; drop"),
                        NOW.plus(Duration.ofDays(731))), NOW, LONGEST));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("roles")));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("expiresAt")
                && f.message().contains("730 days")));
    }

    @Test
    void aSecretNamesItsKeyAndOnlyItsHashIsCompared() {
        String secret = ApiKeySecrets.newSecret("abc123");
        assertEquals("abc123", ApiKeySecrets.idOf(secret));
        assertTrue(ApiKeySecrets.matches(secret, ApiKeySecrets.hash(secret)));
        assertTrue(!ApiKeySecrets.matches(secret + "x", ApiKeySecrets.hash(secret)));
        assertEquals(null, ApiKeySecrets.idOf("not-a-key"));
        assertEquals(64, ApiKeySecrets.hash(secret).length());
    }
}
