package org.backoffice.logistics.command;

import java.util.concurrent.Callable;

import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.error.ValidationFailedException;

/** Prints a refused command's reasons (each field, or the conflict) before rethrowing, as the move command does. */
final class Problems {

    private Problems() {
    }

    static <T> T reported(Callable<T> work) throws Exception {
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
