package org.backoffice.logistics.command;

import java.util.concurrent.Callable;

import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.error.ValidationFailedException;

/** Prints a refused request the way a console user reads it (one line per field, or the conflict), then rethrows it. */
final class Problems {

    private Problems() {
    }

    static <T> T report(Callable<T> work) throws Exception {
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
}
