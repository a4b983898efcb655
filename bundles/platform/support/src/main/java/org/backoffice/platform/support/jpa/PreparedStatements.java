package org.backoffice.platform.support.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements a batch writer prepares on its transaction's connection ({@code em.unwrap(Connection.class)}): each
 * prepared at its first use and kept until {@link #close}, at the end of the transaction. Not thread-safe: it lives on
 * the thread of its one transaction.
 */
public class PreparedStatements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public PreparedStatements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared once per transaction. */
    public PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    @Override
    public void close() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // closing a statement of a finished transaction: nothing left to protect
            }
        }
        statements.clear();
    }
}
