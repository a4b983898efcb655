package org.backoffice.platform.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.backoffice.platform.api.numbers.LockedSeries;
import org.junit.jupiter.api.Test;

class JdbcNumberSeriesTest {

    private final DataSource database;
    private final JdbcNumberSeries numbers;

    JdbcNumberSeriesTest() throws SQLException {
        database = DerbyDatabase.create();
        numbers = new JdbcNumberSeries(database);
    }

    @Test
    void aNewSeriesStartsAtOneAndEachYearHasItsOwn() throws SQLException {
        assertEquals(1, take("SO", 2026, true));
        assertEquals(2, take("SO", 2026, true));
        assertEquals(1, take("SO", 2027, true));
        assertEquals(1, take("PO", 2026, true));
        assertEquals(2, numbers.last("SO", 2026));
        assertEquals(0, numbers.last("SH", 2026));
    }

    @Test
    void aRolledBackDocumentGivesItsNumberBack() throws SQLException {
        assertEquals(1, take("JE", 2026, true));
        assertEquals(2, take("JE", 2026, false));
        assertEquals(2, take("JE", 2026, true));
        // the first number of a series that rolled back is given back too
        assertEquals(1, take("INV", 2026, false));
        assertEquals(1, take("INV", 2026, true));
    }

    @Test
    void aReservedBlockIsConsecutive() throws SQLException {
        take("JE", 2026, true);
        long first = DerbyDatabase.inTransaction(database, true, c -> numbers.reserve(em(c), "JE", 2026, 5));
        assertEquals(2, first);
        assertEquals(7, take("JE", 2026, true));
    }

    @Test
    void aLockedSeriesStoresTheNumbersTakenInMemory() throws SQLException {
        DerbyDatabase.inTransaction(database, true, c -> {
            LockedSeries series = numbers.lock(em(c), "JE", 2026);
            assertEquals(1, series.next());
            assertEquals(2, series.next());
            assertEquals(3, series.next());
            series.store();
            return null;
        });
        DerbyDatabase.inTransaction(database, false, c -> {
            LockedSeries series = numbers.lock(em(c), "JE", 2026);
            series.next();
            series.store();
            return null;
        });
        assertEquals(3, numbers.last("JE", 2026));
        assertEquals(4, take("JE", 2026, true));
    }

    @Test
    void carriedOverNumbersContinueAndNeverGoBack() throws SQLException {
        numbers.continueAfter("SO", 2026, 41);
        assertEquals(42, take("SO", 2026, true));
        numbers.continueAfter("SO", 2026, 41);
        numbers.continueAfter("SO", 2026, 10);
        assertEquals(43, take("SO", 2026, true));
        numbers.continueAfter("SO", 2026, 100);
        assertEquals(101, take("SO", 2026, true));
    }

    @Test
    void badSeriesNamesAndCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> numbers.continueAfter("so", 2026, 1));
        assertThrows(IllegalArgumentException.class, () -> numbers.continueAfter("SO-2026", 2026, 1));
        assertThrows(IllegalArgumentException.class, () -> numbers.continueAfter("SO", 26, 1));
        assertThrows(IllegalArgumentException.class, () -> DerbyDatabase.inTransaction(database, false,
                c -> numbers.reserve(em(c), "SO", 2026, 0)));
    }

    @Test
    void outsideATransactionNothingIsTaken() {
        assertThrows(IllegalStateException.class, () -> numbers.next(null, "SO", 2026));
    }

    private long take(String prefix, int year, boolean commit) throws SQLException {
        return DerbyDatabase.inTransaction(database, commit, c -> numbers.next(em(c), prefix, year));
    }

    /** An entity manager joined to a transaction on {@code connection}: all the service asks of it. */
    private static EntityManager em(Connection connection) {
        return (EntityManager) Proxy.newProxyInstance(JdbcNumberSeriesTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isJoinedToTransaction" -> true;
                    case "unwrap" -> connection;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
