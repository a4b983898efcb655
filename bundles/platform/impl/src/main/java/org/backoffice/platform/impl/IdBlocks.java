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
        return next(1);
    }

    /**
     * The first of {@code count} consecutive ids: from the current block when it has them left, else from one new
     * block of at least {@code count} (the rest of the current block is skipped), so a batch of records costs one
     * reservation at most.
     */
    synchronized long next(int count) throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        if (last - next + 1 < count) {
            reserveBlock(Math.max(blockSize, count));
        }
        long first = next;
        next += count;
        return first;
    }

    private void reserveBlock(int blockSize) throws SQLException {
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
