package org.backoffice.platform.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.junit.jupiter.api.Test;

class AuditedChangesTest {

    record Thing(String code, String name, Long version) {
    }

    /** What a JPA entity does here: holds state, and gets a new version when flushed dirty. */
    static final class ThingEntity {
        String code = "T-1";
        String name = "old";
        long version = 3;
        boolean dirty;

        Thing view() {
            return new Thing(code, name, version);
        }
    }

    private final List<AuditEntry> audited = new ArrayList<>();
    private final List<Object[]> appended = new ArrayList<>();
    private final ThingEntity entity = new ThingEntity();
    private final AuditedChanges<Thing> changes = new AuditedChanges<>(auditTrail(), eventLog(), new AuditedType<>() {
        @Override
        public String module() {
            return "things";
        }

        @Override
        public String entity() {
            return "Thing";
        }

        @Override
        public String id(Thing thing) {
            return thing.code();
        }

        @Override
        public Long version(Thing thing) {
            return thing.version();
        }

        @Override
        public List<FieldChange> changes(Thing before, Thing after) {
            return new ChangeSet().compare("name", before == null ? null : before.name(), after.name()).changes();
        }

        @Override
        public Map<String, Object> payload(Thing thing, List<FieldChange> changed) {
            return Map.of("code", thing.code());
        }
    });

    @Test
    void anUpdateIsAuditedAndAnnouncedWithWhatChanged() {
        Thing after = changes.update(em(), entity, 3L, ThingEntity::view, e -> rename(e, "new"), "UPDATE",
                "org/backoffice/things/UPDATED");
        assertEquals(new Thing("T-1", "new", 4L), after);
        assertEquals(List.of(new FieldChange("name", "old", "new")), audited.get(0).changes());
        assertEquals("UPDATE", audited.get(0).action());
        assertEquals("org/backoffice/things/UPDATED", appended.get(0)[0]);
        assertEquals(Map.of("code", "T-1", "action", "UPDATE"), appended.get(0)[2]);
    }

    @Test
    void aStaleOrMissingVersionChangesNothing() {
        ConflictProblem stale = assertThrows(ConflictProblem.class, () -> changes.update(em(), entity, 2L,
                ThingEntity::view, e -> rename(e, "new"), "UPDATE", "t"));
        assertTrue(stale.detail().contains("version 2 given, current is 3"), stale.detail());
        ValidationFailedException missing = assertThrows(ValidationFailedException.class,
                () -> changes.update(em(), entity, null, ThingEntity::view, e -> rename(e, "new"), "UPDATE", "t"));
        assertEquals("version", missing.errors().get(0).field());
        assertEquals("old", entity.name);
        assertTrue(audited.isEmpty() && appended.isEmpty());
    }

    @Test
    void aChangeThatChangesNothingIsNeitherAuditedNorAnnounced() {
        Thing after = changes.change(em(), entity, ThingEntity::view, e -> rename(e, "old"), "RENAME", "t");
        assertEquals(3L, after.version());
        assertTrue(audited.isEmpty() && appended.isEmpty());
    }

    @Test
    void aNewRecordIsAuditedFieldByField() {
        changes.created(em(), entity, ThingEntity::view, "org/backoffice/things/CREATED");
        assertEquals(AuditEntry.CREATE, audited.get(0).action());
        assertEquals(List.of(new FieldChange("name", null, "old")), audited.get(0).changes());
    }

    private static void rename(ThingEntity entity, String name) {
        entity.dirty |= !entity.name.equals(name);
        entity.name = name;
    }

    private EntityManager em() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("flush")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (entity.dirty) {
                        entity.version++;
                        entity.dirty = false;
                    }
                    return null;
                });
    }

    private AuditTrail auditTrail() {
        return (AuditTrail) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AuditTrail.class},
                (proxy, method, args) -> {
                    audited.add((AuditEntry) args[1]);
                    return 1L;
                });
    }

    private EventLog eventLog() {
        return (EventLog) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EventLog.class},
                (proxy, method, args) -> {
                    appended.add(new Object[] {args[1], args[2], args[3]});
                    return 1L;
                });
    }
}
