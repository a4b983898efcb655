package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockLedger;
import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.logistics.api.stock.StockMoveDraft;
import org.backoffice.logistics.api.stock.StockMoveQuery;
import org.backoffice.logistics.api.stock.StockOverview;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.stock.StockMoveEntity.Place;
import org.backoffice.logistics.impl.warehouse.LocationEntity;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.NewEvent;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.backoffice.platform.support.tx.GroupCommitWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Stock moves on JPA plus conditional SQL for the stock rows. A move checks, locks and changes the stock rows (in
 * location-id order, so two concurrent transfers between the same locations cannot deadlock), inserts the move, audits
 * it, and appends {@code STOCK_MOVED} last. Appending holds the event log's sequence row until commit, so moves would
 * commit one after another anyway: {@link #move(StockMoveDraft)} hands the move to one writer thread
 * ({@link GroupCommitWriter}, {@link MoveGroups}) that commits the moves waiting for it together, one transaction and
 * one log force per group.
 */
@Component(service = {StockService.class, StockMoves.class})
public final class JpaStockService implements StockService, StockMoves {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;
    private final MoveGroups groups;
    private final GroupCommitWriter<MoveBatch> writer;

    @Activate
    public JpaStockService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference(target = Jpa.UNIT_FILTER) EntityManagerFactory emf, @Reference EventLog events) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.groups = new MoveGroups(emf, audit, events);
        this.writer = new GroupCommitWriter<>("backoffice-logistics-moves", "the logistics module", groups);
    }

    @Deactivate
    void stop() {
        writer.close();
        groups.close();
    }

    @Override
    public StockMove move(StockMoveDraft draft) {
        MoveRules.checkShape(draft);
        String user = Actor.currentUser();
        return writer.submit(new MoveGroups.QueuedMove("Stock of product '" + draft.sku() + "'", batch -> {
            ResolvedMove move = resolve(batch, draft);
            return new MoveGroups.PreparedMove(move.product().id(), move.changes().get(0).place().locationId(),
                    b -> b.runAs(user, w -> write(w, draft, move)));
        }));
    }

    @Override
    public StockMove move(EntityManager em, StockMoveDraft draft) {
        MoveRules.checkShape(draft);
        try (MoveBatch batch = new MoveBatch(em)) {
            ResolvedMove move = resolve(batch, draft);
            StockMove stored = batch.runAs(Actor.currentUser(), b -> write(b, draft, move));
            batch.finish(audit, events);
            return stored;
        }
    }

    /**
     * Changes the stock rows and stores the move; its audit record and events are queued in the batch. The move is
     * refused (409) before anything is written when the stock is short, unless a transfer increased its destination
     * first (a higher location id came second).
     */
    private static StockMove write(MoveBatch batch, StockMoveDraft draft, ResolvedMove move) {
        StockWatch watch;
        try {
            watch = StockWatch.begin(batch.connection(), batch::statement, move.product().id(), move.from(),
                    move.to());
            for (StockChange change : move.changes()) {
                apply(batch.rows(), move, change);
                batch.wrote(1);
            }
            watch.afterChange();
        } catch (SQLException e) {
            throw new PersistenceException("could not change the stock of product '" + draft.sku() + "'", e);
        }
        StockMoveEntity entity = new StockMoveEntity(draft.type(), move.product(), move.quantity(), move.from(),
                move.to(), draft.reason(), draft.reference(), batch.user(), Instant.now());
        StockMove stored = batch.insert(entity);
        UnitEntity uom = move.product().uom();
        batch.audit(new AuditEntry(LogisticsModule.ID, LogisticsModule.ENTITY_STOCK_MOVE, Long.toString(stored.id()),
                AuditEntry.CREATE, MoveRecords.changes(stored, uom).changes(), batch.user()));
        batch.event(new NewEvent(LogisticsModule.TOPIC_STOCK_MOVED, stored.sku(), MoveRecords.payload(stored, uom),
                batch.user()));
        watch.announce(batch, move.product().sku(), uom);
        return stored;
    }

    private static void apply(StockRows rows, ResolvedMove move, StockChange change) throws SQLException {
        long productId = move.product().id();
        if (change.increase()) {
            rows.add(productId, change.place().locationId(), move.quantity());
            return;
        }
        if (!rows.take(productId, change.place().locationId(), move.quantity())) {
            UnitEntity uom = move.product().uom();
            BigDecimal available = Quantities.display(rows.available(productId, change.place().locationId()), uom);
            BigDecimal requested = Quantities.display(move.quantity(), uom);
            throw new ConflictProblem("only " + available.toPlainString() + " " + uom + " of '" + move.product().sku()
                    + "' available at " + change.place().warehouse() + "/" + change.place().location() + ", "
                    + requested.toPlainString() + " requested",
                    Map.of("available", available, "requested", requested, "sku", move.product().sku(),
                            "warehouse", change.place().warehouse(), "location", change.place().location()));
        }
    }

    /** Looks up everything the draft names; every unknown or unusable one is reported at once, naming its field. */
    private static ResolvedMove resolve(MoveBatch lookups, StockMoveDraft draft) {
        Validator v = new Validator();
        MoveType type = draft.type();
        ProductEntity product = lookups.product(draft.sku()).orElse(null);
        if (product == null) {
            v.reject("sku", "product '" + draft.sku() + "' does not exist");
        } else if (product.type() == ProductType.SERVICE) {
            v.reject("sku", "product '" + draft.sku() + "' is a SERVICE; services have no stock");
        } else if (!product.active() && type == MoveType.RECEIPT) {
            v.reject("sku", "product '" + draft.sku() + "' is inactive and takes no receipts");
        } else {
            Quantities.check(v, "quantity", draft.quantity(), product.uom(), type == MoveType.ADJUSTMENT);
        }
        WarehouseEntity warehouse = warehouse(lookups, v, "warehouse", draft.warehouse());
        String locationCode = draft.location();
        if (locationCode == null && warehouse != null) {
            if (type == MoveType.RECEIPT) {
                locationCode = warehouse.toWarehouse().receivingLocation();
            } else if (type == MoveType.ISSUE) {
                locationCode = warehouse.toWarehouse().shippingLocation();
            } else {
                v.reject("location", "is required for " + type + " moves");
            }
        }
        Place place = location(lookups, v, "location", warehouse, locationCode);
        Place destination = null;
        if (type == MoveType.TRANSFER) {
            String toWarehouseCode = draft.toWarehouse() == null ? draft.warehouse() : draft.toWarehouse();
            WarehouseEntity toWarehouse = warehouse(lookups, v, "toWarehouse", toWarehouseCode);
            String toLocationCode = draft.toLocation();
            if (toLocationCode == null && toWarehouse != null) {
                if (!toWarehouseCode.equals(draft.warehouse())) {
                    toLocationCode = toWarehouse.toWarehouse().receivingLocation();
                } else {
                    v.reject("toLocation", "is required for a transfer inside one warehouse");
                }
            }
            destination = location(lookups, v, "toLocation", toWarehouse, toLocationCode);
            if (place != null && destination != null && place.locationId() == destination.locationId()) {
                v.reject("toLocation", "must differ from the source location " + place.warehouse() + "/"
                        + place.location());
            }
        }
        v.throwIfInvalid();

        BigDecimal quantity = draft.quantity().abs();
        return switch (type) {
            case RECEIPT -> new ResolvedMove(product, quantity, null, place);
            case ISSUE -> new ResolvedMove(product, quantity, place, null);
            case TRANSFER -> new ResolvedMove(product, quantity, place, destination);
            case ADJUSTMENT -> draft.quantity().signum() < 0 ? new ResolvedMove(product, quantity, place, null)
                    : new ResolvedMove(product, quantity, null, place);
        };
    }

    private static WarehouseEntity warehouse(MoveBatch lookups, Validator v, String field, String code) {
        if (code == null) {
            return null;
        }
        WarehouseEntity warehouse = lookups.warehouse(code).orElse(null);
        v.check(warehouse != null, field, "warehouse '" + code + "' does not exist");
        return warehouse;
    }

    private static Place location(MoveBatch lookups, Validator v, String field, WarehouseEntity warehouse,
            String code) {
        if (warehouse == null || code == null) {
            return null;
        }
        LocationEntity location = lookups.location(warehouse.id(), code).orElse(null);
        if (location == null) {
            v.reject(field, "location '" + code + "' does not exist in warehouse '" + warehouse.code() + "'");
            return null;
        }
        if (!location.active()) {
            v.reject(field, "location '" + code + "' of warehouse '" + warehouse.code() + "' is inactive");
            return null;
        }
        return new Place(location.id(), warehouse.code(), location.code());
    }

    @Override
    public StockMove requireMove(long id) {
        return Jpa.read(jpa, em -> {
            StockMoveEntity move = em.find(StockMoveEntity.class, id);
            if (move == null) {
                throw new NotFoundProblem(LogisticsModule.ENTITY_STOCK_MOVE, Long.toString(id));
            }
            return move.toMove();
        });
    }

    @Override
    public Page<StockMove> findMoves(StockMoveQuery query, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("StockMoveEntity", "m").equal("m.sku", query.sku())
                .where("(m.fromWarehouse = :value OR m.toWarehouse = :value)", query.warehouse())
                .equal("m.type", query.type()).atLeast("m.movedOn", query.from()).atMost("m.movedOn", query.to())
                .page(em, StockMoveEntity.class, "m.id DESC", page, StockMoveEntity::toMove));
    }

    @Override
    public StockOverview stock(String sku, String warehouse, PageRequest page) {
        return Jpa.read(jpa, em -> StockLevels.overview(em, sku, warehouse, page));
    }

    @Override
    public StockLedger ledger(String sku, String warehouse) {
        return Jpa.read(jpa, em -> StockLevels.ledger(em, sku, warehouse));
    }

    /** A resolved move: the quantity is positive; stock leaves {@code from} and arrives at {@code to}. */
    private record ResolvedMove(ProductEntity product, BigDecimal quantity, Place from, Place to) {

        /** The stock rows to change, in the one order every move locks them in: by location id. */
        List<StockChange> changes() {
            List<StockChange> changes = new ArrayList<>();
            if (from != null) {
                changes.add(new StockChange(from, false));
            }
            if (to != null) {
                changes.add(new StockChange(to, true));
            }
            changes.sort(Comparator.comparingLong(change -> change.place().locationId()));
            return changes;
        }
    }

    private record StockChange(Place place, boolean increase) {
    }
}
