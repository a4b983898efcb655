package org.backoffice.platform.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class IdBlocksTest {

    @Test
    void aBatchLargerThanABlockGetsConsecutiveIdsAndNoIdIsHandedOutTwice() throws SQLException {
        DataSource database = DerbyDatabase.create();
        IdBlocks ids = new IdBlocks(database, PlatformSchema.SEQUENCE_AUDIT, 3);
        long single = ids.next();
        long batch = ids.next(10); // more than a block: one reservation of 10
        assertTrue(batch > single);
        long after = ids.next(2);
        assertTrue(after >= batch + 10, "the batch's ids " + batch + ".." + (batch + 9) + ", then " + after);
        IdBlocks other = new IdBlocks(database, PlatformSchema.SEQUENCE_AUDIT, 3); // another server on the database
        long elsewhere = other.next(4);
        assertTrue(elsewhere > after + 1 || elsewhere + 3 < single, "blocks do not overlap: " + elsewhere);
        assertEquals(after + 2, ids.next(), "the rest of the current block is used first");
    }
}
