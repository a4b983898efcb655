package org.backoffice.platform.api.error;

import java.util.Map;

/** The request itself is unusable: a missing body, an unparsable parameter (400). */
public class BadRequestProblem extends ProblemException {

    private static final long serialVersionUID = 1L;

    public BadRequestProblem(String detail) {
        super(400, "urn:backoffice:problem:bad-request", "Bad request", detail, Map.of());
    }
}
