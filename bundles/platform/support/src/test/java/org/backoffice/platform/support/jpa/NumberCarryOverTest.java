package org.backoffice.platform.support.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.backoffice.platform.api.numbers.NumberSeries;
import org.junit.jupiter.api.Test;

class NumberCarryOverTest {

    private final List<String> carried = new ArrayList<>();
    private final NumberSeries numbers = (NumberSeries) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {NumberSeries.class}, (proxy, method, args) -> {
                if (!method.getName().equals("continueAfter")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                carried.add(args[0] + " " + args[1] + " " + args[2]);
                return null;
            });

    @Test
    void everySeriesOfTheOldTableContinuesOnceAndNothingElseIsTouched() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:derby:memory:carry-" + UUID.randomUUID() + ";create=true")) {
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("CREATE TABLE LOG_DOCUMENT_SERIES (SERIES VARCHAR(40), LAST_NUMBER BIGINT)");
                sql.executeUpdate("INSERT INTO LOG_DOCUMENT_SERIES VALUES ('SO-2026', 41), ('PO-2025', 7),"
                        + " ('SH-2026', 0), ('legacy', 3)");
            }
            NumberCarryOver carryOver = new NumberCarryOver(numbers, "LOG_DOCUMENT_SERIES", "SERIES", "LAST_NUMBER");
            carryOver.ensure(connection);
            carryOver.ensure(connection);
            // a series that never issued a number and a name that is no PREFIX-YEAR are left alone
            assertEquals(List.of("PO 2025 7", "SO 2026 41"), carried);
        }
    }

    @Test
    void aDatabaseWithoutTheOldTableHasNothingToCarry() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:derby:memory:carry-" + UUID.randomUUID() + ";create=true")) {
            assertTrue(NumberCarryOver.run(connection, numbers, "FIN_SEQUENCE", "SERIES", "LAST_NUMBER").isEmpty());
        }
    }
}
