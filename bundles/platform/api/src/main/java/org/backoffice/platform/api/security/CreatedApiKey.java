package org.backoffice.platform.api.security;

/** The key just created and its secret: shown this once, never again. */
public record CreatedApiKey(ApiKey key, String secret) {
}
