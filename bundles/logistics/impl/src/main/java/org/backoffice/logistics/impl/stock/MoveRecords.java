package org.backoffice.logistics.impl.stock;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.event.EventLog;

/** What a stored stock move leaves behind besides its row: one audit line and the {@code STOCK_MOVED} payload. */
public final class MoveRecords {

    private MoveRecords() {
    }

    /** Audits a stored move and announces it; used for the ISSUE moves of dispatched shipments. */
    public static void record(AuditTrail audit, EventLog events, EntityManager em, StockMove move, UnitEntity uom) {
        audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_STOCK_MOVE,
                Long.toString(move.id()), AuditEntry.CREATE, changes(move, uom).changes()));
        // last step: the event log's sequence row stays locked until commit
        events.append(em, LogisticsModule.TOPIC_STOCK_MOVED, move.sku(), payload(move, uom));
    }

    /**
     * A move is immutable and its row keeps every field, so its audit record says who and when with the move in one
     * line ("RECEIPT 12.25 KG FLOUR-1 to H1/H1-RECV; reference: DN-4711"): one change row instead of up to eight, on
     * the hottest write path of the module.
     */
    static ChangeSet changes(StockMove move, UnitEntity uom) {
        StringBuilder summary = new StringBuilder().append(move.type()).append(' ')
                .append(move.quantity().stripTrailingZeros().toPlainString()).append(' ').append(uom).append(' ')
                .append(move.sku());
        String from = place(move.fromWarehouse(), move.fromLocation());
        String to = place(move.toWarehouse(), move.toLocation());
        if (from != null) {
            summary.append(" from ").append(from);
        }
        if (to != null) {
            summary.append(" to ").append(to);
        }
        if (move.reason() != null) {
            summary.append("; reason: ").append(move.reason());
        }
        if (move.reference() != null) {
            summary.append("; reference: ").append(move.reference());
        }
        return new ChangeSet().created("move", summary.toString());
    }

    static Map<String, Object> payload(StockMove move, UnitEntity uom) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("moveId", move.id());
        payload.put("type", move.type().name());
        payload.put("sku", move.sku());
        payload.put("quantity", move.quantity());
        payload.put("uom", uom.code());
        putIfPresent(payload, "fromWarehouse", move.fromWarehouse());
        putIfPresent(payload, "fromLocation", move.fromLocation());
        putIfPresent(payload, "toWarehouse", move.toWarehouse());
        putIfPresent(payload, "toLocation", move.toLocation());
        putIfPresent(payload, "reason", move.reason());
        putIfPresent(payload, "reference", move.reference());
        return payload;
    }

    private static String place(String warehouse, String location) {
        return warehouse == null ? null : warehouse + "/" + location;
    }

    private static void putIfPresent(Map<String, Object> payload, String key, Object value) {
        if (value != null) {
            payload.put(key, value);
        }
    }
}
