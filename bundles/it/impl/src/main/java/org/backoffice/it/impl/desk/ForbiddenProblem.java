package org.backoffice.it.impl.desk;

import java.util.Map;

import org.backoffice.platform.api.error.ProblemException;

/** 403: the caller may see the ticket but not act on it (an agent outside the ticket's group, a requester). */
public class ForbiddenProblem extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ForbiddenProblem(String detail) {
        super(403, "urn:backoffice:problem:forbidden", "Forbidden", detail, Map.of());
    }
}
