package org.backoffice.logistics.impl.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.backoffice.logistics.api.stock.StockLevel;
import org.backoffice.logistics.impl.TestUnits;
import org.junit.jupiter.api.Test;

class StockLevelsTest {

    @Test
    void aLevelRowIsReadByTheSelectListsPositions() {
        StockLevels.LevelRow row = StockLevels.LevelRow.of(new Object[] {"BOLT", TestUnits.PCE, "H1", "A-01",
            new BigDecimal("10.0000"), new BigDecimal("3.0000"), 5L, 9L});
        assertEquals(new StockLevels.LevelRow("BOLT", TestUnits.PCE, "H1", "A-01", new BigDecimal("10.0000"),
                new BigDecimal("3.0000"), 5, 9), row);
    }

    @Test
    void aLevelShowsAvailableAsOnHandMinusReservedInTheUnitsDecimals() {
        StockLevel level = new StockLevels.LevelRow("FLOUR", TestUnits.KG, "H1", "A-01",
                new BigDecimal("10.5000"), new BigDecimal("0.2500"), 1, 2).toLevel();
        assertEquals(0, new BigDecimal("10.25").compareTo(level.available()));
        assertEquals("A-01", level.location());
    }

    @Test
    void aTotalRowIsReadByItsSelectList() {
        assertEquals(new StockLevels.TotalRow(5, 9, BigDecimal.TEN, BigDecimal.ONE),
                StockLevels.TotalRow.of(new Object[] {5L, 9L, BigDecimal.TEN, BigDecimal.ONE}));
    }
}
