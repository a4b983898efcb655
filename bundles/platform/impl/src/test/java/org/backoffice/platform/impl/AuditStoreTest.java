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

    @Test
    void changesAreKeptInTheRecordsRowAndTooLongOnesInRowsOfTheirOwn() throws SQLException {
        DataSource database = DerbyDatabase.create();
        AuditEntry small = AuditEntry.of("partners", "Partner", "P1", AuditEntry.UPDATE,
                List.of(new FieldChange("name", "Acme \"old\"", "Acme \u00e9\n[new]"), new FieldChange("note", "x", null)));
        List<FieldChange> large = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) { // 9 values of 4,000 characters: more than a row keeps
            large.add(new FieldChange("text" + i, null, String.valueOf((char) ('a' + i)).repeat(4000)));
        }
        AuditEntry big = AuditEntry.of("partners", "Partner", "P2", AuditEntry.UPDATE, large);
        DerbyDatabase.inTransaction(database, true, c -> {
            AuditStore.insert(c, List.of(new AuditStore.Row(1, Instant.now(), "alice", small),
                    new AuditStore.Row(2, Instant.now(), "alice", big)));
            return null;
        });
        try (Connection c = database.getConnection()) {
            assertEquals(0, Sql.queryLong(c, "SELECT COUNT(*) FROM PLT_AUDIT_CHANGE WHERE AUDIT_ID = 1"));
            assertEquals(9, Sql.queryLong(c, "SELECT COUNT(*) FROM PLT_AUDIT_CHANGE WHERE AUDIT_ID = 2"));
            assertEquals(small.changes(), AuditStore.find(c, AuditQuery.forEntity("partners", "Partner", "P1"),
                    PageRequest.first(1)).items().get(0).changes());
            assertEquals(large, AuditStore.find(c, AuditQuery.forEntity("partners", "Partner", "P2"),
                    PageRequest.first(1)).items().get(0).changes());
        }
    }

    @Test
    void aDatabaseOfTheEarlierLayoutGetsTheColumnAndItsRecordsStayReadable() throws SQLException {
        org.apache.derby.jdbc.EmbeddedDataSource database = new org.apache.derby.jdbc.EmbeddedDataSource();
        database.setDatabaseName("memory:platform-old-" + java.util.UUID.randomUUID());
        database.setCreateDatabase("create");
        try (Connection c = database.getConnection(); java.sql.Statement ddl = c.createStatement()) {
            ddl.executeUpdate("CREATE TABLE PLT_AUDIT (ID BIGINT NOT NULL PRIMARY KEY, RECORDED_AT TIMESTAMP NOT NULL,"
                    + " USER_NAME VARCHAR(200) NOT NULL, MODULE_ID VARCHAR(50) NOT NULL, ENTITY VARCHAR(100) NOT NULL,"
                    + " ENTITY_ID VARCHAR(200) NOT NULL, AUDIT_ACTION VARCHAR(50) NOT NULL)");
            ddl.executeUpdate("CREATE TABLE PLT_AUDIT_CHANGE (AUDIT_ID BIGINT NOT NULL, SEQ_NO INTEGER NOT NULL,"
                    + " FIELD_NAME VARCHAR(200) NOT NULL, OLD_VALUE VARCHAR(4000), NEW_VALUE VARCHAR(4000),"
                    + " PRIMARY KEY (AUDIT_ID, SEQ_NO))");
            ddl.executeUpdate("INSERT INTO PLT_AUDIT VALUES (7, CURRENT_TIMESTAMP, 'bob', 'partners', 'Partner',"
                    + " 'OLD', 'UPDATE')");
            ddl.executeUpdate("INSERT INTO PLT_AUDIT_CHANGE VALUES (7, 0, 'name', 'A', 'B')");
        }
        new PlatformSchema(database).ensure();
        DerbyDatabase.inTransaction(database, true, c -> {
            AuditStore.insert(c, List.of(new AuditStore.Row(8, Instant.now(), "bob", AuditEntry.of("partners",
                    "Partner", "OLD", AuditEntry.UPDATE, List.of(new FieldChange("name", "B", "C"))))));
            return null;
        });
        try (Connection c = database.getConnection()) {
            List<AuditRecord> records = AuditStore.find(c, AuditQuery.forEntity("partners", "Partner", "OLD"),
                    PageRequest.first(10)).items();
            assertEquals(List.of(List.of(new FieldChange("name", "B", "C")), List.of(new FieldChange("name", "A",
                    "B"))), records.stream().map(AuditRecord::changes).toList());
        }
    }
}
