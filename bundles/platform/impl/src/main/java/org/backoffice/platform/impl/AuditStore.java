package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditRecord;
import org.backoffice.platform.api.audit.FieldChange;

/** SQL of the audit trail. Only inserts and selects: audit rows are never updated or deleted. */
final class AuditStore {

    private static final int MAX_VALUE = 4000;

    private AuditStore() {
    }

    private static final String INSERT = "INSERT INTO PLT_AUDIT (ID, RECORDED_AT, USER_NAME, MODULE_ID, ENTITY,"
            + " ENTITY_ID, AUDIT_ACTION)";
    private static final String INSERT_CHANGE = "INSERT INTO PLT_AUDIT_CHANGE (AUDIT_ID, SEQ_NO, FIELD_NAME,"
            + " OLD_VALUE, NEW_VALUE)";

    /** An audit entry with its id and the user it is recorded for. */
    record Row(long id, Instant at, String user, AuditEntry entry) {
    }

    /** Inserts the records and their field changes, one JDBC batch per table. */
    static void insert(Connection connection, List<Row> records) throws SQLException {
        List<Object[]> headers = new ArrayList<>(records.size());
        List<Object[]> changes = new ArrayList<>();
        for (Row row : records) {
            AuditEntry entry = row.entry();
            headers.add(new Object[] {row.id(), row.at(), row.user(), entry.module(), entry.entity(),
                    entry.entityId(), entry.action()});
            int seq = 0;
            for (FieldChange change : entry.changes()) {
                changes.add(new Object[] {row.id(), seq++, change.field(), clip(change.oldValue()),
                        clip(change.newValue())});
            }
        }
        Sql.insert(connection, INSERT, headers);
        Sql.insert(connection, INSERT_CHANGE, changes);
    }

    static Page<AuditRecord> find(Connection connection, AuditQuery query, PageRequest page) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter(conditions, parameters, "MODULE_ID", query.module());
        filter(conditions, parameters, "ENTITY", query.entity());
        filter(conditions, parameters, "ENTITY_ID", query.entityId());
        filter(conditions, parameters, "USER_NAME", query.user());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        long total = Sql.queryLong(connection, "SELECT COUNT(*) FROM PLT_AUDIT" + where, parameters.toArray());
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(page.offset());
        pageParameters.add(page.limit());
        List<AuditRecord> headers = Sql.query(connection,
                "SELECT ID, RECORDED_AT, USER_NAME, MODULE_ID, ENTITY, ENTITY_ID, AUDIT_ACTION FROM PLT_AUDIT" + where
                        + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                row -> new AuditRecord(row.getLong("ID"), Sql.instant(row, "RECORDED_AT"), row.getString("USER_NAME"),
                        row.getString("MODULE_ID"), row.getString("ENTITY"), row.getString("ENTITY_ID"),
                        row.getString("AUDIT_ACTION"), List.of()),
                pageParameters.toArray());
        Map<Long, List<FieldChange>> changes = changesOf(connection, headers);
        List<AuditRecord> records = headers.stream()
                .map(r -> new AuditRecord(r.id(), r.recordedAt(), r.user(), r.module(), r.entity(), r.entityId(),
                        r.action(), changes.getOrDefault(r.id(), List.of())))
                .toList();
        return Page.of(records, total, page);
    }

    private static Map<Long, List<FieldChange>> changesOf(Connection connection, List<AuditRecord> records)
            throws SQLException {
        if (records.isEmpty()) {
            return Collections.emptyMap();
        }
        String ids = records.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(","));
        Map<Long, List<FieldChange>> byRecord = new HashMap<>();
        Sql.query(connection, "SELECT AUDIT_ID, FIELD_NAME, OLD_VALUE, NEW_VALUE FROM PLT_AUDIT_CHANGE WHERE AUDIT_ID IN ("
                + ids + ") ORDER BY AUDIT_ID, SEQ_NO", row -> {
                    byRecord.computeIfAbsent(row.getLong("AUDIT_ID"), k -> new ArrayList<>()).add(new FieldChange(
                            row.getString("FIELD_NAME"), row.getString("OLD_VALUE"), row.getString("NEW_VALUE")));
                    return null;
                });
        return byRecord;
    }

    private static void filter(List<String> conditions, List<Object> parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = ?");
            parameters.add(value);
        }
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
