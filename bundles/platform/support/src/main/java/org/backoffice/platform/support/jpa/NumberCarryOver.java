package org.backoffice.platform.support.jpa;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backoffice.platform.api.numbers.NumberSeries;

/**
 * Carries the numbers a module issued from its own number table (before the platform's number series existed) over
 * into {@link NumberSeries}, so that the next document continues after the last one. It runs once per component
 * life, before the component takes its first number ({@link #ensure}); idempotent, because a series is never moved
 * back. The old table is only read, never changed or dropped.
 */
public final class NumberCarryOver {

    /** Series named {@code PREFIX-YEAR}, as every module named them. */
    private static final Pattern SERIES = Pattern.compile("([A-Z][A-Z0-9_]{0,19})-(\\d{4})");

    private final NumberSeries numbers;
    private final String table;
    private final String seriesColumn;
    private final String lastColumn;
    private volatile boolean done;

    /**
     * @param table        the module's old table, e.g. {@code FIN_SEQUENCE}; nothing happens when it does not exist
     * @param seriesColumn its series-name column ({@code JE-2026})
     * @param lastColumn   its last-number column
     */
    public NumberCarryOver(NumberSeries numbers, String table, String seriesColumn, String lastColumn) {
        this.numbers = numbers;
        this.table = table;
        this.seriesColumn = seriesColumn;
        this.lastColumn = lastColumn;
    }

    /** Carries the old numbers over unless that was done already; call it before taking a number. */
    public void ensure(Connection connection) {
        if (done) {
            return;
        }
        synchronized (this) {
            if (!done) {
                try {
                    run(connection, numbers, table, seriesColumn, lastColumn);
                } catch (SQLException e) {
                    throw new IllegalStateException("carrying the numbers of " + table + " over: " + e.getMessage(), e);
                }
                done = true;
            }
        }
    }

    /** Carries every series of {@code table} over now; returns them with their last numbers. */
    public static Map<String, Long> run(Connection connection, NumberSeries numbers, String table, String seriesColumn,
            String lastColumn) throws SQLException {
        Map<String, Long> carried = new LinkedHashMap<>();
        if (!exists(connection.getMetaData(), table)) {
            return carried;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + seriesColumn + ", " + lastColumn + " FROM " + table + " ORDER BY " + seriesColumn);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Matcher series = SERIES.matcher(rows.getString(1));
                long last = rows.getLong(2);
                if (series.matches() && last > 0) {
                    numbers.continueAfter(series.group(1), Integer.parseInt(series.group(2)), last);
                    carried.put(rows.getString(1), last);
                }
            }
        }
        return carried;
    }

    private static boolean exists(DatabaseMetaData metaData, String table) throws SQLException {
        // Derby reports unquoted names in upper case, PostgreSQL in lower case
        for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
