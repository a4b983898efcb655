package org.backoffice.logistics.impl.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LedgerMathTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    @Test
    void aTransferCountsOnlyWhereItCrossesTheScope() {
        assertEquals(FIVE, LedgerMath.change(null, null, "A", FIVE));             // receipt
        assertEquals(FIVE.negate(), LedgerMath.change(null, "A", null, FIVE));    // issue
        assertEquals(BigDecimal.ZERO, LedgerMath.change(null, "A", "B", FIVE));   // transfer, all warehouses
        assertEquals(BigDecimal.ZERO, LedgerMath.change("A", "A", "A", FIVE));    // transfer inside A
        assertEquals(FIVE.negate(), LedgerMath.change("A", "A", "B", FIVE));      // out of A
        assertEquals(FIVE, LedgerMath.change("B", "A", "B", FIVE));               // into B
        assertEquals(BigDecimal.ZERO, LedgerMath.change("C", "A", "B", FIVE));    // elsewhere
    }
}
