package org.backoffice.platform.api.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** API keys for systems calling the API ({@code Authorization: Bearer <secret>} or {@code X-API-Key}). */
@ProviderType
public interface ApiKeys {

    /** @throws org.backoffice.platform.api.error.ValidationFailedException naming each wrong field */
    CreatedApiKey create(NewApiKey request);

    List<ApiKey> list();

    /** @throws org.backoffice.platform.api.error.NotFoundProblem */
    ApiKey get(String id);

    /** Revokes at once (idempotent); @throws org.backoffice.platform.api.error.NotFoundProblem */
    ApiKey revoke(String id);

    /** The key a secret belongs to when it is usable now; records the use (time and address). */
    Optional<ApiKey> authenticate(String secret, String address);
}
