package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.backoffice.platform.api.event.SubscriptionStatus;

/**
 * SQL of the event log.
 *
 * <p>Ids come from the PLT_SEQUENCE row {@code event}, incremented inside the appending transaction. The row stays
 * locked until that transaction ends, so ids are handed out one transaction at a time: they have no gaps (a rollback
 * returns its id) and become visible in id order. A reader that has seen id n has therefore seen every id below n,
 * which is what lets a subscriber's position be a single number.
 */
final class EventStore {

    static final int MAX_PAYLOAD = 32000;

    private EventStore() {
    }

    /** An event ready to store. */
    record Row(String topic, String key, Instant at, String user, String payload) {
    }

    /** Appends the events under consecutive ids and returns the first one. */
    static long append(Connection connection, List<Row> events) throws SQLException {
        Sql.update(connection, "UPDATE PLT_SEQUENCE SET LAST_VALUE = LAST_VALUE + ? WHERE SEQ_NAME = ?",
                events.size(), PlatformSchema.SEQUENCE_EVENT);
        long last = Sql.queryLong(connection, "SELECT LAST_VALUE FROM PLT_SEQUENCE WHERE SEQ_NAME = ?",
                PlatformSchema.SEQUENCE_EVENT);
        long first = last - events.size() + 1;
        List<Object[]> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Row event = events.get(i);
            rows.add(new Object[] {first + i, event.topic(), event.key(), event.at(), event.user(), event.payload()});
        }
        Sql.insert(connection, "INSERT INTO PLT_EVENT (ID, TOPIC, EVENT_KEY, OCCURRED_AT, USER_NAME, PAYLOAD)", rows);
        return first;
    }

    /** Up to {@code limit} events after {@code afterId}, oldest first. */
    static List<StoredEvent> after(Connection connection, long afterId, int limit) throws SQLException {
        return Sql.query(connection, "SELECT ID, TOPIC, EVENT_KEY, OCCURRED_AT, USER_NAME, PAYLOAD FROM PLT_EVENT"
                + " WHERE ID > ? ORDER BY ID FETCH FIRST " + limit + " ROWS ONLY", EventStore::event, afterId);
    }

    /** A page of events after {@code afterId} whose topic equals {@code topic} or starts with its prefix before '*'. */
    static List<StoredEvent> find(Connection connection, String topic, long afterId, int offset, int limit)
            throws SQLException {
        return Sql.query(connection, "SELECT ID, TOPIC, EVENT_KEY, OCCURRED_AT, USER_NAME, PAYLOAD FROM PLT_EVENT"
                + " WHERE ID > ?" + topicCondition(topic) + " ORDER BY ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                EventStore::event, topicParameters(afterId, topic, offset, limit));
    }

    static long count(Connection connection, String topic, long afterId) throws SQLException {
        return Sql.queryLong(connection, "SELECT COUNT(*) FROM PLT_EVENT WHERE ID > ?" + topicCondition(topic),
                topicParameters(afterId, topic).toArray());
    }

    static long lastId(Connection connection) throws SQLException {
        return Sql.queryLong(connection, "SELECT COALESCE(MAX(ID), 0) FROM PLT_EVENT");
    }

    /** The subscriber's position, creating it at 0 the first time the subscriber is seen. */
    static long position(Connection connection, String subscriberId) throws SQLException {
        List<Long> positions = Sql.query(connection,
                "SELECT LAST_EVENT_ID FROM PLT_SUBSCRIPTION WHERE SUBSCRIBER_ID = ?", row -> row.getLong(1),
                subscriberId);
        if (!positions.isEmpty()) {
            return positions.get(0);
        }
        Sql.update(connection, "INSERT INTO PLT_SUBSCRIPTION (SUBSCRIBER_ID, LAST_EVENT_ID, FAILURES, LAST_ERROR,"
                + " UPDATED_AT) VALUES (?, 0, 0, NULL, ?)", subscriberId, Instant.now());
        return 0;
    }

    static void advance(Connection connection, String subscriberId, long position) throws SQLException {
        Sql.update(connection, "UPDATE PLT_SUBSCRIPTION SET LAST_EVENT_ID = ?, FAILURES = 0, LAST_ERROR = NULL,"
                + " UPDATED_AT = ? WHERE SUBSCRIBER_ID = ?", position, Instant.now(), subscriberId);
    }

    static void failed(Connection connection, String subscriberId, long position, int failures, String error)
            throws SQLException {
        String message = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        Sql.update(connection, "UPDATE PLT_SUBSCRIPTION SET LAST_EVENT_ID = ?, FAILURES = ?, LAST_ERROR = ?,"
                + " UPDATED_AT = ? WHERE SUBSCRIBER_ID = ?", position, failures, message, Instant.now(), subscriberId);
    }

    static List<SubscriptionStatus> subscriptions(Connection connection, Set<String> active) throws SQLException {
        return Sql.query(connection, "SELECT SUBSCRIBER_ID, LAST_EVENT_ID, FAILURES, LAST_ERROR, UPDATED_AT"
                + " FROM PLT_SUBSCRIPTION ORDER BY SUBSCRIBER_ID", row -> new SubscriptionStatus(
                        row.getString("SUBSCRIBER_ID"), row.getLong("LAST_EVENT_ID"), row.getInt("FAILURES"),
                        row.getString("LAST_ERROR"), Sql.instant(row, "UPDATED_AT"),
                        active.contains(row.getString("SUBSCRIBER_ID"))));
    }

    static Optional<String> prefixOf(String topicPattern) {
        return topicPattern.endsWith("*")
                ? Optional.of(topicPattern.substring(0, topicPattern.length() - 1))
                : Optional.empty();
    }

    static boolean matches(Set<String> patterns, String topic) {
        for (String pattern : patterns) {
            Optional<String> prefix = prefixOf(pattern);
            if (prefix.isPresent() ? topic.startsWith(prefix.get()) : topic.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    private static String topicCondition(String topic) {
        if (topic == null || topic.isBlank()) {
            return "";
        }
        return prefixOf(topic).isPresent() ? " AND TOPIC LIKE ? ESCAPE '!'" : " AND TOPIC = ?";
    }

    private static List<Object> topicParameters(long afterId, String topic) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(afterId);
        if (topic != null && !topic.isBlank()) {
            Optional<String> prefix = prefixOf(topic);
            if (prefix.isPresent()) {
                // '_' is common in topics and a LIKE wildcard: escape it
                parameters.add(prefix.get().replaceAll("([!%_])", "!$1") + "%");
            } else {
                parameters.add(topic);
            }
        }
        return parameters;
    }

    private static Object[] topicParameters(long afterId, String topic, int offset, int limit) {
        List<Object> parameters = topicParameters(afterId, topic);
        parameters.add(offset);
        parameters.add(limit);
        return parameters.toArray();
    }

    private static StoredEvent event(java.sql.ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong("ID"), row.getString("TOPIC"), row.getString("EVENT_KEY"),
                Sql.instant(row, "OCCURRED_AT"), row.getString("USER_NAME"), row.getString("PAYLOAD"));
    }
}
