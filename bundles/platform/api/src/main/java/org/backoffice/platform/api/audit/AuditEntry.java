package org.backoffice.platform.api.audit;

import java.util.List;

/**
 * What to record: a change to one entity.
 *
 * @param module   module id, e.g. {@code partners}
 * @param entity   entity type, e.g. {@code Partner}
 * @param entityId the entity's business id, e.g. its code
 * @param action   e.g. {@code CREATE}, {@code UPDATE}, {@code DEACTIVATE}
 * @param changes  changed fields with old and new values
 * @param user     who acted; {@code null} for the current actor
 */
public record AuditEntry(String module, String entity, String entityId, String action, List<FieldChange> changes,
        String user) {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    public static AuditEntry of(String module, String entity, String entityId, String action,
            List<FieldChange> changes) {
        return new AuditEntry(module, entity, entityId, action, changes, null);
    }
}
