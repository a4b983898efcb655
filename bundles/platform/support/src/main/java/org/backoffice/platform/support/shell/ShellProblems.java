package org.backoffice.platform.support.shell;

import java.util.concurrent.Callable;

import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.error.ValidationFailedException;

/**
 * Prints a refused request the way a console user reads it — one line per field of a 422, the detail of any other
 * problem — and rethrows it, so the command still fails.
 */
public final class ShellProblems {

    private ShellProblems() {
    }

    public static <T> T report(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (ValidationFailedException e) {
            e.errors().forEach(error -> System.err.println(error.field() + ": " + error.message()));
            throw e;
        } catch (ProblemException e) {
            System.err.println(e.detail());
            throw e;
        }
    }

    /** For a command that prints nothing of its own. */
    public static void run(Work work) throws Exception {
        report(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
