package org.backoffice.logistics.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

/**
 * Gapless document numbers, one LOG_DOCUMENT_SERIES row per series ({@code PO-2026}, {@code SO-2026}, …). The
 * increment locks the series row until the caller's transaction ends, so numbers follow commit order and a
 * rolled-back document gives its number back.
 *
 * <p>Every logistics document is numbered through {@link #next(EntityManager, String, int)} and nothing else touches
 * the table, so replacing it by a platform number series changes this class only.
 */
public final class DocumentNumbers {

    public static final String PURCHASE_ORDER = "PO";
    public static final String SALES_ORDER = "SO";
    public static final String PICK_LIST = "PL";
    public static final String SHIPMENT = "SH";

    private static final String INTEGRITY_VIOLATION_CLASS = "23";

    private DocumentNumbers() {
    }

    /** The next number of this year's (UTC) series of {@code prefix}, e.g. {@code SO-2026-000001}. */
    public static String next(EntityManager em, String prefix) {
        return next(em, prefix, LocalDate.now(ZoneOffset.UTC).getYear());
    }

    /** The next number of {@code year}'s series of {@code prefix}, in the caller's transaction. */
    public static String next(EntityManager em, String prefix, int year) {
        try {
            return format(prefix, year, next(em.unwrap(Connection.class), prefix + "-" + year));
        } catch (SQLException e) {
            throw new PersistenceException("could not number a " + prefix + " document", e);
        }
    }

    static String format(String prefix, int year, long number) {
        String digits = Long.toString(number);
        return prefix + "-" + year + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }

    /** The next number of a series, creating the series at 1. */
    private static long next(Connection connection, String series) throws SQLException {
        if (!increment(connection, series)) {
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO LOG_DOCUMENT_SERIES (SERIES, LAST_NUMBER) VALUES (?, 1)")) {
                insert.setString(1, series);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeInsert);
                return 1;
            } catch (SQLException e) {
                // a concurrent first document of the series inserted the row first (PostgreSQL needs the savepoint)
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
