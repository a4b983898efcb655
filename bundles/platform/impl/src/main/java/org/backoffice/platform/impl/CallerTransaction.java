package org.backoffice.platform.impl;

import java.sql.Connection;

import javax.persistence.EntityManager;

/** The JDBC connection of a caller's running JPA transaction, so platform rows commit or roll back with it. */
final class CallerTransaction {

    private CallerTransaction() {
    }

    static Connection connectionOf(EntityManager transaction) {
        if (transaction == null || !transaction.isJoinedToTransaction()) {
            throw new IllegalStateException("must be called inside the caller's transaction (JpaTemplate.tx)");
        }
        // EclipseLink binds the transaction to one connection on unwrap; it is not ours to close.
        Connection connection = transaction.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("the persistence provider exposes no JDBC connection for this transaction");
        }
        return connection;
    }
}
