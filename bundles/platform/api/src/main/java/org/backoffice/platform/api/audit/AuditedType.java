package org.backoffice.platform.api.audit;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How a module's record is audited: its names, its id and version, which fields differ between two states, and what
 * its events carry. A module implements it once per audited record type and hands it to {@link AuditedChanges}.
 *
 * @param <T> the api view of the record (the DTO the service returns)
 */
@ConsumerType
public interface AuditedType<T> {

    /** Module id, e.g. {@code partners}. */
    String module();

    /** Entity name in audit records and problems, e.g. {@code Partner}. */
    String entity();

    /** The record's business id, e.g. its code. */
    String id(T record);

    /** The optimistic-lock version the record was read at; {@code null} for a record not yet stored. */
    Long version(T record);

    /** The fields that differ; {@code before} is {@code null} for a new record. */
    List<FieldChange> changes(T before, T after);

    /** The event payload for a change (the platform adds {@code action}). */
    Map<String, Object> payload(T record, List<FieldChange> changes);
}
