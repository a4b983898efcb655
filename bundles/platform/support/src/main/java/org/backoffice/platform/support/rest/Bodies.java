package org.backoffice.platform.support.rest;

import org.backoffice.platform.api.error.BadRequestProblem;

/** A request body a resource method cannot do without: none at all is a 400 naming what was expected. */
public final class Bodies {

    private Bodies() {
    }

    /** {@code body}, or a 400 "a JSON body with {what} is required", e.g. {@code what} = "the partner". */
    public static <T> T required(T body, String what) {
        if (body == null) {
            throw new BadRequestProblem("a JSON body with " + what + " is required");
        }
        return body;
    }
}
