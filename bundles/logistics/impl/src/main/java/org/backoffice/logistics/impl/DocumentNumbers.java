package org.backoffice.logistics.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Gapless document numbers per prefix and year ({@code SO-2026-000001}). The increment locks the series row until the
 * caller's transaction ends, so numbers follow commit order and a rolled-back document gives its number back.
 */
final class DocumentNumbers {

    static final String SALES_ORDER = "SO";
    static final String PICK_LIST = "PL";
    static final String SHIPMENT = "SH";

    private static final String INTEGRITY_VIOLATION_CLASS = "23";

    private DocumentNumbers() {
    }

    static String next(Connection connection, String prefix) throws SQLException {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String series = prefix + "-" + year;
        if (!increment(connection, series)) {
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO LOG_DOC_NUMBER (SERIES, LAST_NUMBER) VALUES (?, 1)")) {
                insert.setString(1, series);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeInsert);
            } catch (SQLException e) {
                // a concurrent first document of the year inserted the row: count on it
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
                "SELECT LAST_NUMBER FROM LOG_DOC_NUMBER WHERE SERIES = ?")) {
            select.setString(1, series);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return format(prefix, year, rows.getLong(1));
            }
        }
    }

    static String format(String prefix, int year, long number) {
        return String.format("%s-%d-%06d", prefix, year, number);
    }

    private static boolean increment(Connection connection, String series) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE LOG_DOC_NUMBER SET LAST_NUMBER = LAST_NUMBER + 1 WHERE SERIES = ?")) {
            update.setString(1, series);
            return update.executeUpdate() == 1;
        }
    }
}
