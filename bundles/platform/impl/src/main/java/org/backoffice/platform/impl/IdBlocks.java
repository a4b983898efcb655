package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Hands out ids from blocks reserved in PLT_SEQUENCE in short transactions of their own, so callers never wait on
 * each other (ids may have gaps, which is fine for audit records).
 */
final class IdBlocks {

    private final DataSource dataSource;
    private final String sequence;
    private final int blockSize;
    private long next = 1;
    private long last = 0;

    IdBlocks(DataSource dataSource, String sequence, int blockSize) {
        this.dataSource = dataSource;
        this.sequence = sequence;
        this.blockSize = blockSize;
    }

    synchronized long next() throws SQLException {
        if (next > last) {
            reserveBlock();
        }
        return next++;
    }

    private void reserveBlock() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Sql.update(connection, "UPDATE PLT_SEQUENCE SET LAST_VALUE = LAST_VALUE + ? WHERE SEQ_NAME = ?",
                        blockSize, sequence);
                long reservedTo = Sql.queryLong(connection, "SELECT LAST_VALUE FROM PLT_SEQUENCE WHERE SEQ_NAME = ?",
                        sequence);
                connection.commit();
                last = reservedTo;
                next = reservedTo - blockSize + 1;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
