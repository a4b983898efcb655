package org.backoffice.platform.api.error;

import java.util.Map;

/** The request conflicts with the stored state: a duplicate key, a stale version, a forbidden transition (409). */
public class ConflictProblem extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictProblem(String detail) {
        this(detail, Map.of());
    }

    public ConflictProblem(String detail, Map<String, Object> extensions) {
        super(409, "urn:backoffice:problem:conflict", "Conflict", detail, extensions);
    }

    /** A stale {@code version} on an update: someone else changed the record first. */
    public static ConflictProblem staleVersion(String entity, String id, long expected, long actual) {
        return new ConflictProblem(entity + " '" + id + "' was changed by someone else (version " + expected
                + " given, current is " + actual + "); reload and retry",
                Map.of("currentVersion", actual));
    }
}
