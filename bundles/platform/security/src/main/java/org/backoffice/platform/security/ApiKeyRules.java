package org.backoffice.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.security.NewApiKey;

/** What an API key request must satisfy; every wrong field is reported at once. */
final class ApiKeyRules {

    static final Pattern ROLE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    private ApiKeyRules() {
    }

    static void check(NewApiKey request, Instant now, Duration longest) {
        Validator validator = new Validator();
        validator.requiredText("name", request.name(), 200);
        validator.requiredText("user", request.user(), 200);
        if (validator.notEmpty("roles", request.roles())) {
            for (String role : request.roles()) {
                validator.matches("roles", role, ROLE, "each role is a name of letters, digits, '-', '_' or '.'");
            }
        }
        if (validator.required("expiresAt", request.expiresAt())) {
            validator.check(request.expiresAt().isAfter(now), "expiresAt", "must be in the future");
            validator.check(!request.expiresAt().isAfter(now.plus(longest)), "expiresAt",
                    "must be within " + longest.toDays() + " days");
        }
        validator.throwIfInvalid();
    }
}
