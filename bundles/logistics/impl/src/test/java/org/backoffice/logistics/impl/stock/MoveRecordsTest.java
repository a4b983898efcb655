package org.backoffice.logistics.impl.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.logistics.impl.TestUnits;
import org.junit.jupiter.api.Test;

class MoveRecordsTest {

    private static final StockMove RECEIPT = new StockMove(7, MoveType.RECEIPT, "FLOUR-1", new BigDecimal("12.2500"),
            null, null, "H1", "H1-RECV", null, "DN-4711", "anna", Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void theAuditLineSaysTheWholeMove() {
        assertEquals(List.of("RECEIPT 12.25 KG FLOUR-1 to H1/H1-RECV; reference: DN-4711"),
                MoveRecords.changes(RECEIPT, TestUnits.KG).changes().stream()
                        .map(change -> String.valueOf(change.newValue())).toList());
    }

    @Test
    void aTransferNamesBothPlacesAndItsReason() {
        StockMove transfer = new StockMove(8, MoveType.TRANSFER, "BOLT", BigDecimal.ONE, "H1", "A-01", "H2", "B-02",
                "rebalance", null, "anna", Instant.EPOCH);
        assertEquals(List.of("TRANSFER 1 PCE BOLT from H1/A-01 to H2/B-02; reason: rebalance"),
                MoveRecords.changes(transfer, TestUnits.PCE).changes().stream()
                        .map(change -> String.valueOf(change.newValue())).toList());
    }

    @Test
    void thePayloadLeavesOutWhatTheMoveDoesNotHave() {
        Map<String, Object> payload = MoveRecords.payload(RECEIPT, TestUnits.KG);
        assertEquals("RECEIPT", payload.get("type"));
        assertEquals("KG", payload.get("uom"));
        assertEquals("H1-RECV", payload.get("toLocation"));
        assertFalse(payload.containsKey("fromWarehouse"));
        assertFalse(payload.containsKey("reason"));
    }
}
