package org.backoffice.platform.api.audit;

/** One changed field; values are rendered as text, {@code null} when absent. */
public record FieldChange(String field, String oldValue, String newValue) {
}
