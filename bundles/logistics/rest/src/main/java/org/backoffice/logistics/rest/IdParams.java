package org.backoffice.logistics.rest;

import org.backoffice.platform.api.error.ValidationFailedException;

/** Id query parameters read strictly: a typo is a 422 naming the parameter, not an ignored filter or a 404. */
final class IdParams {

    private IdParams() {
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationFailedException.of(name, "must be an id like 42");
    }
}
