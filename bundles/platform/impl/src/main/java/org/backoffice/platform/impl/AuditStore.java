package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditRecord;
import org.backoffice.platform.api.audit.FieldChange;

/**
 * SQL of the audit trail. Only inserts and selects: audit rows are never updated or deleted.
 *
 * <p>A record's field changes are stored inline in its own row, as a JSON array of {@code [field, old, new]}, so a
 * record is one row, however many fields it names: bulk work such as bank auto-match writes thousands of records in
 * one transaction, and every row costs. Changes too long for the column ({@value #MAX_INLINE} characters) and
 * records written before the column existed have theirs in PLT_AUDIT_CHANGE, a row per field.
 */
final class AuditStore {

    private static final int MAX_VALUE = 4000;
    static final int MAX_INLINE = 32000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<String>>> CHANGE_LIST = new TypeReference<>() {
    };

    private AuditStore() {
    }

    private static final String INSERT = "INSERT INTO PLT_AUDIT (ID, RECORDED_AT, USER_NAME, MODULE_ID, ENTITY,"
            + " ENTITY_ID, AUDIT_ACTION, CHANGES)";
    private static final String INSERT_CHANGE = "INSERT INTO PLT_AUDIT_CHANGE (AUDIT_ID, SEQ_NO, FIELD_NAME,"
            + " OLD_VALUE, NEW_VALUE)";

    /** An audit entry with its id and the user it is recorded for. */
    record Row(long id, Instant at, String user, AuditEntry entry) {
    }

    /** Inserts the records (and the field changes of those too long to keep inline) with multi-row inserts. */
    static void insert(Connection connection, List<Row> records) throws SQLException {
        List<Object[]> headers = new ArrayList<>(records.size());
        List<Object[]> changes = new ArrayList<>();
        for (Row row : records) {
            AuditEntry entry = row.entry();
            String inline = inline(entry.changes());
            headers.add(new Object[] {row.id(), row.at(), row.user(), entry.module(), entry.entity(),
                    entry.entityId(), entry.action(), inline});
            if (inline == null) {
                int seq = 0;
                for (FieldChange change : entry.changes()) {
                    changes.add(new Object[] {row.id(), seq++, change.field(), clip(change.oldValue()),
                            clip(change.newValue())});
                }
            }
        }
        Sql.insert(connection, INSERT, headers);
        Sql.insert(connection, INSERT_CHANGE, changes);
    }

    /** The changes as the JSON kept in the record's row, {@code null} when they do not fit there. */
    static String inline(List<FieldChange> changes) {
        List<String[]> triples = new ArrayList<>(changes.size());
        for (FieldChange change : changes) {
            triples.add(new String[] {change.field(), clip(change.oldValue()), clip(change.newValue())});
        }
        try {
            String json = JSON.writeValueAsString(triples);
            return json.length() <= MAX_INLINE ? json : null;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit changes cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static List<FieldChange> parse(String inline) {
        try {
            return JSON.readValue(inline, CHANGE_LIST).stream()
                    .map(c -> new FieldChange(c.get(0), c.get(1), c.get(2))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit changes are not JSON: " + e.getMessage(), e);
        }
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
        Map<Long, List<FieldChange>> inline = new HashMap<>();
        List<AuditRecord> headers = Sql.query(connection,
                "SELECT ID, RECORDED_AT, USER_NAME, MODULE_ID, ENTITY, ENTITY_ID, AUDIT_ACTION, CHANGES FROM PLT_AUDIT"
                        + where + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                row -> {
                    String changes = row.getString("CHANGES");
                    if (changes != null) {
                        inline.put(row.getLong("ID"), parse(changes));
                    }
                    return new AuditRecord(row.getLong("ID"), Sql.instant(row, "RECORDED_AT"),
                            row.getString("USER_NAME"), row.getString("MODULE_ID"), row.getString("ENTITY"),
                            row.getString("ENTITY_ID"), row.getString("AUDIT_ACTION"), List.of());
                },
                pageParameters.toArray());
        Map<Long, List<FieldChange>> changes = changesOf(connection, headers.stream()
                .filter(r -> !inline.containsKey(r.id())).toList());
        changes.putAll(inline);
        List<AuditRecord> records = headers.stream()
                .map(r -> new AuditRecord(r.id(), r.recordedAt(), r.user(), r.module(), r.entity(), r.entityId(),
                        r.action(), changes.getOrDefault(r.id(), List.of())))
                .toList();
        return Page.of(records, total, page);
    }

    private static Map<Long, List<FieldChange>> changesOf(Connection connection, List<AuditRecord> records)
            throws SQLException {
        if (records.isEmpty()) {
            return new HashMap<>();
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
