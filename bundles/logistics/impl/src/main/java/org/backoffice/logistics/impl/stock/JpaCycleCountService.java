package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.stock.CountedQuantity;
import org.backoffice.logistics.api.stock.CycleCount;
import org.backoffice.logistics.api.stock.CycleCountDraft;
import org.backoffice.logistics.api.stock.CycleCountService;
import org.backoffice.logistics.api.stock.CycleCountStatus;
import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockMoveDraft;
import org.backoffice.logistics.impl.Codes;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.JpaProductService;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.warehouse.JpaWarehouseService;
import org.backoffice.logistics.impl.warehouse.LocationEntity;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cycle counts on JPA. Opening locks the location's stock rows (so moves in flight finish first) and snapshots its
 * on-hand quantities; while the count is open {@link StockWatch} refuses moves on the location. Posting closes the
 * count first and then adjusts each difference through {@link StockMoves}, all in one transaction.
 */
@Component(service = CycleCountService.class)
public final class JpaCycleCountService implements CycleCountService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final StockMoves moves;

    @Activate
    public JpaCycleCountService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference StockMoves moves) {
        this.jpa = jpa;
        this.audit = audit;
        this.moves = moves;
    }

    @Override
    public CycleCount open(CycleCountDraft draft) {
        Validator shape = new Validator();
        shape.requiredText("warehouse", draft.warehouse(), Codes.WAREHOUSE_LENGTH);
        shape.requiredText("location", draft.location(), Codes.LOCATION_LENGTH);
        shape.throwIfInvalid();
        return Jpa.write(jpa, "Cycle count of " + draft.warehouse() + "/" + draft.location(), em -> {
            WarehouseEntity warehouse = JpaWarehouseService.find(em, draft.warehouse()).orElse(null);
            Validator v = new Validator();
            LocationEntity location = null;
            if (warehouse == null) {
                v.reject("warehouse", "warehouse '" + draft.warehouse() + "' does not exist");
            } else {
                location = JpaWarehouseService.findLocation(em, warehouse.id(), draft.location()).orElse(null);
                if (location == null) {
                    v.reject("location", "location '" + draft.location() + "' does not exist in warehouse '"
                            + warehouse.code() + "'");
                } else {
                    v.check(location.active(), "location", "location '" + draft.location() + "' of warehouse '"
                            + warehouse.code() + "' is inactive");
                }
            }
            v.throwIfInvalid();
            List<CycleCountEntity> open = em.createQuery("SELECT c FROM CycleCountEntity c"
                    + " WHERE c.openLocationId = :location", CycleCountEntity.class)
                    .setParameter("location", location.id()).getResultList();
            if (!open.isEmpty()) {
                throw new ConflictProblem("location " + warehouse.code() + "/" + location.code()
                        + " already has the open cycle count " + open.get(0).id(),
                        Map.of("cycleCount", open.get(0).id()));
            }
            lockStockRows(em, location.id());
            CycleCountEntity count = new CycleCountEntity(warehouse.code(), location, Instant.now(),
                    Actor.currentUser());
            em.persist(count);
            em.flush();
            List<Object[]> snapshot = em.createQuery("SELECT p.id, p.sku, p.uom, s.onHand"
                    + " FROM StockEntity s, ProductEntity p WHERE s.productId = p.id AND s.locationId = :location"
                    + " AND s.onHand <> :zero ORDER BY p.sku", Object[].class)
                    .setParameter("location", location.id()).setParameter("zero", BigDecimal.ZERO).getResultList();
            List<CycleCountLineEntity> lines = new ArrayList<>();
            for (Object[] row : snapshot) {
                CycleCountLineEntity line = new CycleCountLineEntity(count.id(), (Long) row[0], (String) row[1],
                        (UnitEntity) row[2], (BigDecimal) row[3]);
                em.persist(line);
                lines.add(line);
            }
            em.flush();
            CycleCount opened = count.toCount(lines);
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_CYCLE_COUNT,
                    Long.toString(opened.id()), AuditEntry.CREATE, new ChangeSet()
                            .created("location", opened.warehouse() + "/" + opened.location())
                            .created("status", opened.status()).created("lines", lines.size()).changes()));
            return opened;
        });
    }

    @Override
    public CycleCount record(long id, CountedQuantity counted) {
        Validator shape = new Validator();
        shape.requiredText("sku", counted.sku(), Codes.SKU_LENGTH);
        shape.required("counted", counted.counted());
        shape.throwIfInvalid();
        return Jpa.write(jpa, "Cycle count " + id, em -> {
            CycleCountEntity count = lockOpen(em, id, "recorded");
            ProductEntity product = JpaProductService.find(em, counted.sku()).orElse(null);
            Validator v = new Validator();
            if (product == null) {
                v.reject("sku", "product '" + counted.sku() + "' does not exist");
            } else if (product.type() == ProductType.SERVICE) {
                v.reject("sku", "product '" + counted.sku() + "' is a SERVICE; services have no stock");
            } else {
                checkCounted(v, counted.counted(), product.uom());
            }
            v.throwIfInvalid();
            List<CycleCountLineEntity> lines = lines(em, id);
            CycleCountLineEntity line = lines.stream().filter(l -> l.productId() == product.id()).findFirst()
                    .orElse(null);
            if (line == null) {
                line = new CycleCountLineEntity(id, product.id(), product.sku(), product.uom(), BigDecimal.ZERO);
                em.persist(line);
                lines.add(line);
            }
            BigDecimal before = line.counted();
            line.setCounted(counted.counted());
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_CYCLE_COUNT, Long.toString(id),
                    "RECORD", new ChangeSet().compare("counted." + product.sku(), before, counted.counted())
                            .changes()));
            lines.sort(Comparator.comparing(CycleCountLineEntity::sku));
            return count.toCount(lines);
        });
    }

    @Override
    public CycleCount post(long id) {
        return Jpa.write(jpa, "Cycle count " + id, em -> {
            CycleCountEntity count = lockOpen(em, id, "posted");
            // free the location first: the adjustments below are moves on it
            count.close(CycleCountStatus.POSTED, Instant.now(), Actor.currentUser());
            em.flush();
            List<CycleCountLineEntity> lines = lines(em, id);
            int adjusted = 0;
            // stock rows are locked in product-id order, as every stock change does (see MoveGroups)
            List<CycleCountLineEntity> inLockOrder = new ArrayList<>(lines);
            inLockOrder.sort(Comparator.comparingLong(CycleCountLineEntity::productId));
            for (CycleCountLineEntity line : inLockOrder) {
                BigDecimal difference = line.difference();
                if (difference == null || difference.signum() == 0) {
                    continue;
                }
                moves.move(em, new StockMoveDraft(MoveType.ADJUSTMENT, line.sku(), difference, count.warehouse(),
                        count.location(), null, null, "cycle count " + id, "CC-" + id));
                adjusted++;
            }
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_CYCLE_COUNT, Long.toString(id),
                    "POST", new ChangeSet().compare("status", CycleCountStatus.OPEN, CycleCountStatus.POSTED)
                            .created("adjustments", adjusted).changes()));
            return count.toCount(lines);
        });
    }

    @Override
    public CycleCount cancel(long id) {
        return Jpa.write(jpa, "Cycle count " + id, em -> {
            CycleCountEntity count = lockOpen(em, id, "cancelled");
            count.close(CycleCountStatus.CANCELLED, Instant.now(), Actor.currentUser());
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_CYCLE_COUNT, Long.toString(id),
                    "CANCEL", new ChangeSet().compare("status", CycleCountStatus.OPEN, CycleCountStatus.CANCELLED)
                            .changes()));
            return count.toCount(lines(em, id));
        });
    }

    @Override
    public CycleCount require(long id) {
        return Jpa.read(jpa, em -> {
            CycleCountEntity count = em.find(CycleCountEntity.class, id);
            if (count == null) {
                throw notFound(id);
            }
            return count.toCount(lines(em, id));
        });
    }

    @Override
    public Page<CycleCount> find(String warehouse, CycleCountStatus status, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("CycleCountEntity", "c")
                .equal("c.warehouse", warehouse)
                .equal("c.status", status)
                .page(em, CycleCountEntity.class, "c.id DESC", page, count -> count.toCount(lines(em, count.id()))));
    }

    /** A counted quantity: zero or more, at most the unit's decimals, below 10^15. */
    private static void checkCounted(Validator v, BigDecimal counted, UnitEntity uom) {
        boolean ok = v.check(counted.signum() >= 0, "counted", "must be zero or more")
                && Quantities.precision(v, "counted", counted, uom);
        if (ok) {
            v.check(counted.compareTo(Quantities.LIMIT) < 0, "counted", "must be less than 10^15");
        }
    }

    private static CycleCountEntity lockOpen(EntityManager em, long id, String action) {
        try (PreparedStatement lock = em.unwrap(Connection.class).prepareStatement(
                "UPDATE LOG_CYCLE_COUNT SET VERSION = VERSION WHERE ID = ?")) {
            lock.setLong(1, id);
            if (lock.executeUpdate() == 0) {
                throw notFound(id);
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not lock cycle count " + id, e);
        }
        CycleCountEntity count = em.find(CycleCountEntity.class, id);
        if (count.status() != CycleCountStatus.OPEN) {
            throw new ConflictProblem("cycle count " + id + " is " + count.status() + "; only OPEN counts can be "
                    + action, Map.of("countStatus", count.status().name()));
        }
        return count;
    }

    /** Waits for moves in flight on the location and keeps new ones out until the count is stored. */
    private static void lockStockRows(EntityManager em, long locationId) {
        try (PreparedStatement lock = em.unwrap(Connection.class).prepareStatement(
                "UPDATE LOG_STOCK SET ON_HAND = ON_HAND WHERE LOCATION_ID = ?")) {
            lock.setLong(1, locationId);
            lock.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("could not lock the stock of location " + locationId, e);
        }
    }

    private static List<CycleCountLineEntity> lines(EntityManager em, long countId) {
        return new ArrayList<>(em.createQuery("SELECT l FROM CycleCountLineEntity l WHERE l.countId = :count"
                + " ORDER BY l.sku", CycleCountLineEntity.class).setParameter("count", countId).getResultList());
    }

    private static NotFoundProblem notFound(long id) {
        return new NotFoundProblem(LogisticsModule.ENTITY_CYCLE_COUNT, Long.toString(id));
    }
}
