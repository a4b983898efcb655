package org.backoffice.platform.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditRecord;
import org.backoffice.platform.api.audit.FieldChange;
import org.junit.jupiter.api.Test;

class AuditStoreTest {

    @Test
    void recordsCommitAndRollBackWithTheCallersTransaction() throws SQLException {
        DataSource database = DerbyDatabase.create();
        AuditEntry entry = AuditEntry.of("partners", "Partner", "ACME", AuditEntry.UPDATE,
                List.of(new FieldChange("name", "Acme", "Acme GmbH"), new FieldChange("email", null, "a@acme.example")));
        DerbyDatabase.inTransaction(database, true, c -> {
            AuditStore.insert(c, List.of(new AuditStore.Row(1, Instant.parse("2026-11-26T10:00:00Z"), "alice", entry)));
            return null;
        });
        DerbyDatabase.inTransaction(database, false, c -> {
            AuditStore.insert(c, List.of(new AuditStore.Row(2, Instant.now(), "bob", entry)));
            return null;
        });
        try (Connection c = database.getConnection()) {
            Page<AuditRecord> page = AuditStore.find(c, AuditQuery.forEntity("partners", "Partner", "ACME"),
                    PageRequest.first(10));
            assertEquals(1, page.total());
            AuditRecord record = page.items().get(0);
            assertEquals("alice", record.user());
            assertEquals(Instant.parse("2026-11-26T10:00:00Z"), record.recordedAt());
            assertEquals(entry.changes(), record.changes());
            assertNull(record.changes().get(1).oldValue());
        }
    }

    @Test
    void findsNewestFirstWithFiltersAndPaging() throws SQLException {
        DataSource database = DerbyDatabase.create();
        IdBlocks ids = new IdBlocks(database, PlatformSchema.SEQUENCE_AUDIT, 3);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            long id = ids.next();
            seen.add(id);
            String entityId = "E" + i;
            String user = i % 2 == 0 ? "alice" : "bob";
            DerbyDatabase.inTransaction(database, true, c -> {
                AuditStore.insert(c, List.of(new AuditStore.Row(id, Instant.now(), user,
                        AuditEntry.of("partners", "Partner", entityId, AuditEntry.CREATE, List.of()))));
                return null;
            });
        }
        assertEquals(7, seen.size());
        try (Connection c = database.getConnection()) {
            Page<AuditRecord> alice = AuditStore.find(c, new AuditQuery("partners", null, null, "alice"),
                    new PageRequest(1, 2));
            assertEquals(4, alice.total());
            assertEquals(List.of("E4", "E2"), alice.items().stream().map(AuditRecord::entityId).toList());
        }
    }

    @Test
    void aLargeBatchIsWrittenWholeInChunksOfMultiRowInserts() throws SQLException {
        DataSource database = DerbyDatabase.create();
        int count = 2 * Sql.ROWS_PER_INSERT + 7; // two full statements and a shorter one
        List<AuditStore.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new AuditStore.Row(100 + i, Instant.now(), i % 2 == 0 ? "alice" : "bob", AuditEntry.of("finance",
                    "Receipt", "R" + i, AuditEntry.CREATE, List.of(new FieldChange("number", null, "RC-" + i),
                            new FieldChange("amount", null, i + ".00")))));
        }
        DerbyDatabase.inTransaction(database, true, c -> {
            AuditStore.insert(c, rows);
            return null;
        });
        try (Connection c = database.getConnection()) {
            Page<AuditRecord> all = AuditStore.find(c, new AuditQuery("finance", "Receipt", null, null),
                    PageRequest.first(10));
            assertEquals(count, all.total());
            AuditRecord last = AuditStore.find(c, AuditQuery.forEntity("finance", "Receipt", "R" + (count - 1)),
                    PageRequest.first(1)).items().get(0);
            assertEquals(List.of(new FieldChange("number", null, "RC-" + (count - 1)),
                    new FieldChange("amount", null, (count - 1) + ".00")), last.changes());
        }
    }
}
