package org.backoffice.logistics.impl.catalog;

import java.util.List;
import java.util.Map;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.platform.api.audit.AuditedType;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/** How a unit of measure is audited and what its events carry. */
final class UnitChanges implements AuditedType<Unit> {

    private static final Unit NONE = new Unit(null, null, null, null, null, null);

    @Override
    public String module() {
        return LogisticsModule.ID;
    }

    @Override
    public String entity() {
        return LogisticsModule.ENTITY_UNIT;
    }

    @Override
    public String id(Unit unit) {
        return unit.code();
    }

    @Override
    public Long version(Unit unit) {
        return unit.version();
    }

    @Override
    public List<FieldChange> changes(Unit before, Unit after) {
        Unit from = before == null ? NONE : before;
        return new ChangeSet()
                .compare("code", from.code(), after.code())
                .compare("name", from.name(), after.name())
                .compare("uneceCode", from.uneceCode(), after.uneceCode())
                .compare("decimals", from.decimals(), after.decimals())
                .compare("active", from.active(), after.active())
                .changes();
    }

    @Override
    public Map<String, Object> payload(Unit unit, List<FieldChange> changes) {
        return Map.of("code", unit.code(), "name", unit.name(), "decimals", unit.decimals(), "active", unit.active(),
                "changedFields", changes.stream().map(FieldChange::field).toList());
    }
}
