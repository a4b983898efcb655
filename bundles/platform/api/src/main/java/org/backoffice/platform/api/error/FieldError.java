package org.backoffice.platform.api.error;

/** One broken rule: the JSON field (dotted path for nested fields) and what is wrong with it. */
public record FieldError(String field, String message) {
}
