package org.backoffice.platform.api.error;

import java.sql.SQLException;

import javax.persistence.OptimisticLockException;

/**
 * Translates what a JPA transaction throws at flush or commit into the problem a caller should see: a concurrent
 * change or a unique-key race becomes a 409 instead of a 500. Anything else is returned unchanged.
 */
/** @deprecated moving to {@code org.backoffice.platform.support.jpa.PersistenceFailures}; goes with the module splits. */
@Deprecated
public final class PersistenceFailures {

    private static final String INTEGRITY_VIOLATION_CLASS = "23";

    private PersistenceFailures() {
    }

    /**
     * @param what describes the record for the message, e.g. {@code Partner 'ACME'}
     */
    public static RuntimeException translate(RuntimeException failure, String what) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
            if (t instanceof OptimisticLockException) {
                return new ConflictProblem(what + " was changed by someone else meanwhile; reload and retry");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_VIOLATION_CLASS)) {
                return new ConflictProblem(what + " conflicts with a stored record: " + sql.getMessage());
            }
        }
        return failure;
    }
}
