package org.backoffice.platform.api.error;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Input that is well-formed but breaks business rules (422), with every broken rule listed. */
public class ValidationFailedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationFailedException(List<FieldError> errors) {
        super(422, "urn:backoffice:problem:validation", "Validation failed", describe(errors), Map.of());
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailedException of(String field, String message) {
        return new ValidationFailedException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same broken rules with every field under {@code prefix}, e.g. {@code entries[3].} or {@code row 7.}. */
    public ValidationFailedException prefixed(String prefix) {
        return new ValidationFailedException(errors.stream()
                .map(error -> new FieldError(prefix + error.field(), error.message()))
                .toList());
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
