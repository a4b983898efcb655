package org.backoffice.platform.api.audit;

/** Filters for {@link AuditTrail#find}; {@code null} fields do not filter. */
public record AuditQuery(String module, String entity, String entityId, String user) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }

    public static AuditQuery forEntity(String module, String entity, String entityId) {
        return new AuditQuery(module, entity, entityId, null);
    }
}
