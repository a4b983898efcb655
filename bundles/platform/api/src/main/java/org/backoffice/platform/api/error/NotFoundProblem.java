package org.backoffice.platform.api.error;

import java.util.Map;

/** The addressed record does not exist (404). */
public class NotFoundProblem extends ProblemException {

    private static final long serialVersionUID = 1L;

    public NotFoundProblem(String entity, String id) {
        super(404, "urn:backoffice:problem:not-found", "Not found", entity + " '" + id + "' does not exist",
                Map.of("entity", entity, "id", id));
    }
}
