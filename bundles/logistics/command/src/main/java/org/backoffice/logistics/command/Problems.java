package org.backoffice.logistics.command;

import java.util.function.Supplier;

import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.error.ValidationFailedException;

/** Prints a refused request the way a console user reads it (one line per field), then rethrows it. */
final class Problems {

    private Problems() {
    }

    static <T> T report(Supplier<T> work) {
        try {
            return work.get();
        } catch (ValidationFailedException e) {
            e.errors().forEach(error -> System.err.println(error.field() + ": " + error.message()));
            throw e;
        } catch (ProblemException e) {
            System.err.println(e.detail());
            throw e;
        }
    }
}
