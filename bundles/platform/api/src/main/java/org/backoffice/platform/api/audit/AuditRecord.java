package org.backoffice.platform.api.audit;

import java.time.Instant;
import java.util.List;

/** A stored audit record. */
public record AuditRecord(long id, Instant recordedAt, String user, String module, String entity, String entityId,
        String action, List<FieldChange> changes) {

    public AuditRecord {
        changes = List.copyOf(changes);
    }
}
