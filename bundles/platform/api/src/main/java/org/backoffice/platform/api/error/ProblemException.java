package org.backoffice.platform.api.error;

import java.util.Map;
import java.util.Set;

/**
 * A business failure that the REST layer turns into an {@code application/problem+json} answer with this status,
 * title and detail. Services throw it inside their transaction, so the transaction rolls back and nothing is stored.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Members RFC 9457 and the platform define; an extension of the same name would clash with them. */
    public static final Set<String> RESERVED_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "errors");

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;

    protected ProblemException(int status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        for (String name : extensions.keySet()) {
            if (RESERVED_MEMBERS.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is a member of every problem and cannot be an"
                        + " extension; name it after what it is, e.g. orderStatus");
            }
        }
        this.extensions = Map.copyOf(extensions);
    }

    /** HTTP status code, e.g. 404. */
    public int status() {
        return status;
    }

    /** Problem type URI, e.g. {@code urn:backoffice:problem:not-found}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extra members of the problem body, e.g. {@code available} for a refused stock issue. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
