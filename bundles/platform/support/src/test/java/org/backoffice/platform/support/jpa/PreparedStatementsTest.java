package org.backoffice.platform.support.jpa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.Test;

class PreparedStatementsTest {

    @Test
    void preparesEachStatementOnceAndClosesThemAll() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:prepared;create=true")) {
            PreparedStatement first;
            try (PreparedStatements statements = new PreparedStatements(connection)) {
                first = statements.statement("VALUES 1");
                assertSame(first, statements.statement("VALUES 1"));
                assertFalse(first == statements.statement("VALUES 2"));
                assertFalse(first.isClosed());
            }
            assertTrue(first.isClosed());
        }
    }
}
