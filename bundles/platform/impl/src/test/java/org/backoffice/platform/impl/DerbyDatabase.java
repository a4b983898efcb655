package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database per test, with the platform schema. */
final class DerbyDatabase {

    private DerbyDatabase() {
    }

    static DataSource create() throws SQLException {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:platform-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        new PlatformSchema(dataSource).ensure();
        return dataSource;
    }

    /** Runs work in a transaction of its own and commits, or rolls back when {@code commit} is false. */
    static <T> T inTransaction(DataSource dataSource, boolean commit, SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return result;
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
