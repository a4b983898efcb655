package org.backoffice.platform.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.glassfish.jersey.server.ParamException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns any failure into a problem body. Business exceptions may arrive wrapped (by a transaction template, by
 * Jersey), so the cause chain is searched for the most telling one before falling back to a 500.
 */
final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final String OPTIMISTIC_LOCK = "javax.persistence.OptimisticLockException";

    private Problems() {
    }

    static Problem from(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Problem problem = known(t);
            if (problem != null) {
                return problem;
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure answering a REST request, reference " + reference, failure);
        return Problem.of(500, "Internal server error",
                "The server failed unexpectedly; the administrator can find reference " + reference + " in the log");
    }

    private static Problem known(Throwable t) {
        if (t instanceof ValidationFailedException v) {
            return new Problem(v.type(), v.title(), v.status(), v.detail(), null, v.errors(), v.extensions());
        }
        if (t instanceof ProblemException p) {
            return new Problem(p.type(), p.title(), p.status(), p.detail(), null, null, p.extensions());
        }
        if (t instanceof BodyTooLargeException) {
            return Problem.of(413, "Payload too large", t.getMessage());
        }
        if (t instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            return new Problem("urn:backoffice:problem:unknown-field", "Unknown field", 400,
                    "'" + field + "' is not a field of this resource", null,
                    List.of(new FieldError(field, "is not a known field")), Map.of());
        }
        if (t instanceof InvalidFormatException || t instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) t;
            String field = path(m);
            String expected = m.getTargetType() == null ? "another type" : describe(m.getTargetType());
            return new Problem("urn:backoffice:problem:wrong-type", "Wrong type", 400,
                    field.isEmpty() ? "The body does not have the expected structure"
                            : "'" + field + "' must be " + expected,
                    null, field.isEmpty() ? null : List.of(new FieldError(field, "must be " + expected)), Map.of());
        }
        if (t instanceof JsonMappingException m) {
            String field = path(m);
            return new Problem("urn:backoffice:problem:invalid-json", "Invalid JSON", 400,
                    field.isEmpty() ? m.getOriginalMessage() : "'" + field + "': " + m.getOriginalMessage(), null,
                    null, Map.of());
        }
        if (t instanceof JsonProcessingException p) {
            return new Problem("urn:backoffice:problem:malformed-json", "Malformed JSON", 400,
                    "The body is not valid JSON: " + p.getOriginalMessage(), null, null, Map.of());
        }
        if (t instanceof ParamException p) {
            String field = p.getParameterName();
            return new Problem("urn:backoffice:problem:bad-parameter", "Bad parameter", 400,
                    "Parameter '" + field + "' has the wrong format", null,
                    List.of(new FieldError(field, "has the wrong format")), Map.of());
        }
        if (t instanceof WebApplicationException w) {
            return fromStatus(w);
        }
        if (isDatabaseUnreachable(t)) {
            return new Problem("urn:backoffice:problem:database-unavailable", "Service unavailable", 503,
                    "The database cannot be reached; try again shortly", null, null, Map.of());
        }
        if (OPTIMISTIC_LOCK.equals(t.getClass().getName())) {
            return new Problem("urn:backoffice:problem:conflict", "Conflict", 409,
                    "The record was changed by someone else meanwhile; reload and retry", null, null, Map.of());
        }
        return null;
    }

    /** Connection failures (SQL state class 08), and Derby's "database not found / cannot be booted". */
    private static boolean isDatabaseUnreachable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("XJ004") || state.equals("XJ040");
        }
        return false;
    }

    private static Problem fromStatus(WebApplicationException w) {
        Response response = w.getResponse();
        int status = response.getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail;
        if (status == 404) {
            detail = "There is no resource at this path";
        } else if (w instanceof NotAllowedException) {
            detail = "Method not allowed here; allowed: " + response.getAllowedMethods().stream().sorted()
                    .collect(Collectors.joining(", "));
        } else if (w instanceof NotSupportedException) {
            detail = "This content type is not accepted here";
        } else if (status == 406) {
            detail = "None of the accepted media types can be produced here";
        } else if (status == 401) {
            detail = "Authentication is required";
        } else if (status == 403) {
            detail = "Your roles do not allow this operation";
        } else if (status >= 500) {
            return null;
        } else {
            detail = w.getMessage();
        }
        return Problem.of(status, title, detail);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }
}
