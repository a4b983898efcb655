package org.backoffice.logistics.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Gapless numbers: the series row is incremented in the caller's transaction and stays locked until it ends, so a
 * rolled-back document gives its number back and concurrent documents queue for the next one.
 */
final class DocumentNumbers {

    private static final String INTEGRITY_VIOLATION_CLASS = "23";

    private DocumentNumbers() {
    }

    static long next(Connection connection, String series) throws SQLException {
        if (!increment(connection, series)) {
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO LOG_DOCUMENT_SERIES (SERIES, LAST_NUMBER) VALUES (?, 1)")) {
                insert.setString(1, series);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeInsert);
                return 1;
            } catch (SQLException e) {
                // a concurrent first document of the series inserted the row first
                if (e.getSQLState() == null || !e.getSQLState().startsWith(INTEGRITY_VIOLATION_CLASS)) {
                    throw e;
                }
                connection.rollback(beforeInsert);
                if (!increment(connection, series)) {
                    throw new SQLException("number series " + series + " neither updatable nor insertable", e);
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT LAST_NUMBER FROM LOG_DOCUMENT_SERIES WHERE SERIES = ?")) {
            select.setString(1, series);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static boolean increment(Connection connection, String series) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE LOG_DOCUMENT_SERIES SET LAST_NUMBER = LAST_NUMBER + 1 WHERE SERIES = ?")) {
            update.setString(1, series);
            return update.executeUpdate() == 1;
        }
    }
}
