package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Creates the platform's PLT_ tables when they are missing. Plain, portable DDL (Derby and PostgreSQL): the platform
 * writes these tables through its callers' JPA transactions with SQL, so it has no persistence unit of its own.
 */
final class PlatformSchema {

    static final String SEQUENCE_EVENT = "event";
    static final String SEQUENCE_AUDIT = "audit";

    private static final List<String[]> TABLES = List.of(
            new String[] {"PLT_SEQUENCE",
                "CREATE TABLE PLT_SEQUENCE (SEQ_NAME VARCHAR(50) NOT NULL PRIMARY KEY, LAST_VALUE BIGINT NOT NULL)"},
            new String[] {"PLT_AUDIT",
                "CREATE TABLE PLT_AUDIT (ID BIGINT NOT NULL PRIMARY KEY, RECORDED_AT TIMESTAMP NOT NULL,"
                        + " USER_NAME VARCHAR(200) NOT NULL, MODULE_ID VARCHAR(50) NOT NULL,"
                        + " ENTITY VARCHAR(100) NOT NULL, ENTITY_ID VARCHAR(200) NOT NULL,"
                        + " AUDIT_ACTION VARCHAR(50) NOT NULL, CHANGES VARCHAR(" + AuditStore.MAX_INLINE + "))",
                "CREATE INDEX PLT_AUDIT_ENTITY_IX ON PLT_AUDIT (MODULE_ID, ENTITY, ENTITY_ID)"},
            new String[] {"PLT_AUDIT_CHANGE",
                "CREATE TABLE PLT_AUDIT_CHANGE (AUDIT_ID BIGINT NOT NULL, SEQ_NO INTEGER NOT NULL,"
                        + " FIELD_NAME VARCHAR(200) NOT NULL, OLD_VALUE VARCHAR(4000), NEW_VALUE VARCHAR(4000),"
                        + " PRIMARY KEY (AUDIT_ID, SEQ_NO))"},
            new String[] {"PLT_EVENT",
                "CREATE TABLE PLT_EVENT (ID BIGINT NOT NULL PRIMARY KEY, TOPIC VARCHAR(200) NOT NULL,"
                        + " EVENT_KEY VARCHAR(200), OCCURRED_AT TIMESTAMP NOT NULL, USER_NAME VARCHAR(200) NOT NULL,"
                        + " PAYLOAD VARCHAR(32000) NOT NULL)",
                "CREATE INDEX PLT_EVENT_TOPIC_IX ON PLT_EVENT (TOPIC, ID)"},
            new String[] {"PLT_NUMBER_SERIES",
                "CREATE TABLE PLT_NUMBER_SERIES (PREFIX VARCHAR(20) NOT NULL, FISCAL_YEAR INTEGER NOT NULL,"
                        + " LAST_NUMBER BIGINT NOT NULL, PRIMARY KEY (PREFIX, FISCAL_YEAR))"},
            new String[] {"PLT_SUBSCRIPTION",
                "CREATE TABLE PLT_SUBSCRIPTION (SUBSCRIBER_ID VARCHAR(200) NOT NULL PRIMARY KEY,"
                        + " LAST_EVENT_ID BIGINT NOT NULL, FAILURES INTEGER NOT NULL, LAST_ERROR VARCHAR(1000),"
                        + " UPDATED_AT TIMESTAMP NOT NULL)"},
            new String[] {"PLT_CALENDAR",
                "CREATE TABLE PLT_CALENDAR (CODE VARCHAR(50) NOT NULL PRIMARY KEY, NAME VARCHAR(200) NOT NULL,"
                        + " ZONE VARCHAR(100) NOT NULL, VERSION BIGINT NOT NULL)"},
            new String[] {"PLT_CALENDAR_WINDOW",
                "CREATE TABLE PLT_CALENDAR_WINDOW (CALENDAR_CODE VARCHAR(50) NOT NULL, SEQ_NO INTEGER NOT NULL,"
                        + " WEEK_DAY VARCHAR(10) NOT NULL, FROM_TIME VARCHAR(5) NOT NULL, TO_TIME VARCHAR(5) NOT NULL,"
                        + " PRIMARY KEY (CALENDAR_CODE, SEQ_NO))"},
            new String[] {"PLT_CALENDAR_HOLIDAY",
                "CREATE TABLE PLT_CALENDAR_HOLIDAY (CALENDAR_CODE VARCHAR(50) NOT NULL, SEQ_NO INTEGER NOT NULL,"
                        + " NAME VARCHAR(200) NOT NULL, HOLIDAY_RULE VARCHAR(10) NOT NULL, HOLIDAY_DATE VARCHAR(10),"
                        + " MONTH_NO INTEGER, DAY_NO INTEGER, EASTER_OFFSET INTEGER, DAY_PART VARCHAR(10) NOT NULL,"
                        + " FROM_YEAR INTEGER, TO_YEAR INTEGER, PRIMARY KEY (CALENDAR_CODE, SEQ_NO))"});

    private final DataSource dataSource;
    private volatile boolean ready;

    PlatformSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Creates what is missing, the first time it is needed. Called before use rather than at activation, so the
     * platform's services stay registered while the database is down and work again as soon as it is back.
     */
    void ensure() throws SQLException {
        if (!ready) {
            // one lock for all instances: the audit trail and the event log may create tables at the same time
            synchronized (PlatformSchema.class) {
                if (!ready) {
                    create();
                    ready = true;
                }
            }
        }
    }

    private void create() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            DatabaseMetaData metaData = connection.getMetaData();
            for (String[] table : TABLES) {
                if (!exists(metaData, table[0])) {
                    try (Statement statement = connection.createStatement()) {
                        for (int i = 1; i < table.length; i++) {
                            statement.executeUpdate(table[i]);
                        }
                    }
                }
            }
            // databases created before the audit kept its changes inline
            if (!hasColumn(metaData, "PLT_AUDIT", "CHANGES")) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("ALTER TABLE PLT_AUDIT ADD COLUMN CHANGES VARCHAR(" + AuditStore.MAX_INLINE
                            + ")");
                }
            }
            for (String sequence : List.of(SEQUENCE_EVENT, SEQUENCE_AUDIT)) {
                if (Sql.queryLong(connection, "SELECT COUNT(*) FROM PLT_SEQUENCE WHERE SEQ_NAME = ?", sequence) == 0) {
                    Sql.update(connection, "INSERT INTO PLT_SEQUENCE (SEQ_NAME, LAST_VALUE) VALUES (?, 0)", sequence);
                }
            }
        }
    }

    private static boolean hasColumn(DatabaseMetaData metaData, String table, String column) throws SQLException {
        for (String[] name : List.of(new String[] {table, column},
                new String[] {table.toLowerCase(Locale.ROOT), column.toLowerCase(Locale.ROOT)})) {
            try (ResultSet columns = metaData.getColumns(null, null, name[0], name[1])) {
                if (columns.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean exists(DatabaseMetaData metaData, String table) throws SQLException {
        // Derby reports unquoted names in upper case, PostgreSQL in lower case.
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
