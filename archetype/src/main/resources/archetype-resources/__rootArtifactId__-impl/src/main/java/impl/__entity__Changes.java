package ${package}.impl;

import java.util.List;
import java.util.Map;

import ${package}.api.${entity};
import ${package}.api.${moduleClass}Module;
import org.backoffice.platform.api.audit.AuditedType;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/** How a ${entity.toLowerCase()} is audited: field-by-field differences between two states, and what its events carry. */
final class ${entity}Changes implements AuditedType<${entity}> {

    /** No ${entity.toLowerCase()}: what a new one is compared with, and a deleted one becomes. */
    static final ${entity} NONE = new ${entity}(null, null, null, null);

    @Override
    public String module() {
        return ${moduleClass}Module.ID;
    }

    @Override
    public String entity() {
        return ${moduleClass}Module.ENTITY;
    }

    @Override
    public String id(${entity} record) {
        return record.code();
    }

    @Override
    public Long version(${entity} record) {
        return record.version();
    }

    @Override
    public List<FieldChange> changes(${entity} before, ${entity} after) {
        return between(before == null ? NONE : before, after);
    }

    static List<FieldChange> between(${entity} before, ${entity} after) {
        return new ChangeSet()
                .compare("code", before.code(), after.code())
                .compare("name", before.name(), after.name())
                .compare("notes", before.notes(), after.notes())
                .changes();
    }

    @Override
    public Map<String, Object> payload(${entity} record, List<FieldChange> changes) {
        return Map.of("code", record.code(), "changedFields", changes.stream().map(FieldChange::field).toList());
    }
}
