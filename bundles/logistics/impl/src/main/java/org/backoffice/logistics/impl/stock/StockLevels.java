package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.stock.StockLedger;
import org.backoffice.logistics.api.stock.StockLevel;
import org.backoffice.logistics.api.stock.StockOverview;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.JpaProductService;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.warehouse.JpaWarehouseService;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.error.NotFoundProblem;

/**
 * The read side of stock inside the caller's transaction: levels per location with totals per product and warehouse,
 * and a product's ledger. Query results are read into typed rows ({@link LevelRow}, {@link TotalRow}) in one place,
 * next to the select list that fixes their positions.
 */
final class StockLevels {

    /** One stock row of the overview, with the ids the totals are summed by. */
    record LevelRow(String sku, UnitEntity uom, String warehouse, String location, BigDecimal onHand,
            BigDecimal reserved, long productId, long warehouseId) {

        static final String SELECT = "SELECT p.sku, p.uom, w.code, l.code, s.onHand, s.reserved, p.id, w.id";

        static LevelRow of(Object[] row) {
            return new LevelRow((String) row[0], (UnitEntity) row[1], (String) row[2], (String) row[3],
                    (BigDecimal) row[4], (BigDecimal) row[5], (Long) row[6], (Long) row[7]);
        }

        StockLevel toLevel() {
            return new StockLevel(sku, warehouse, location, Quantities.display(onHand, uom),
                    Quantities.display(reserved, uom), Quantities.display(onHand.subtract(reserved), uom));
        }
    }

    /** Sums of one product in one warehouse over all its locations. */
    record TotalRow(long productId, long warehouseId, BigDecimal onHand, BigDecimal reserved) {

        static final String SELECT = "SELECT s.productId, l.warehouseId, SUM(s.onHand), SUM(s.reserved)";

        static TotalRow of(Object[] row) {
            return new TotalRow((Long) row[0], (Long) row[1], (BigDecimal) row[2], (BigDecimal) row[3]);
        }
    }

    private StockLevels() {
    }

    static StockOverview overview(EntityManager em, String sku, String warehouse, PageRequest page) {
        // the count joins locations and warehouses only when it filters by warehouse: every stock row has both
        String rows = " FROM StockEntity s, ProductEntity p WHERE s.productId = p.id"
                + " AND (s.onHand <> :zero OR s.reserved <> :zero)";
        String located = " FROM StockEntity s, LocationEntity l, WarehouseEntity w, ProductEntity p"
                + " WHERE s.locationId = l.id AND l.warehouseId = w.id AND s.productId = p.id"
                + " AND (s.onHand <> :zero OR s.reserved <> :zero)";
        String filter = "";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("zero", BigDecimal.ZERO);
        if (sku != null && !sku.isBlank()) {
            filter += " AND p.sku = :sku";
            parameters.put("sku", sku.trim());
        }
        boolean byWarehouse = warehouse != null && !warehouse.isBlank();
        if (byWarehouse) {
            filter += " AND w.code = :warehouse";
            parameters.put("warehouse", warehouse.trim());
        }
        TypedQuery<Object[]> select = em.createQuery(LevelRow.SELECT + located + filter
                + " ORDER BY p.sku, w.code, l.code", Object[].class);
        parameters.forEach(select::setParameter);
        List<LevelRow> found = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                .stream().map(LevelRow::of).toList();
        long total;
        if (page.offset() == 0 && found.size() < page.limit()) {
            total = found.size(); // everything is on this page: no count needed
        } else {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + (byWarehouse ? located : rows) + filter,
                    Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        return new StockOverview(found.stream().map(LevelRow::toLevel).toList(), total, page.offset(), page.limit(),
                totals(em, found));
    }

    /**
     * Totals per product and warehouse for the pairs on the page, over all of their locations. Summed by ids over
     * stock rows and locations only; names and units come from the page's rows.
     */
    private static List<StockOverview.WarehouseTotal> totals(EntityManager em, List<LevelRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<List<Long>, LevelRow> pairs = new HashMap<>(); // (product id, warehouse id) -> a row naming them
        for (LevelRow row : rows) {
            pairs.putIfAbsent(List.of(row.productId(), row.warehouseId()), row);
        }
        Set<Long> products = rows.stream().map(LevelRow::productId).collect(Collectors.toSet());
        Set<Long> warehouses = rows.stream().map(LevelRow::warehouseId).collect(Collectors.toSet());
        List<TotalRow> sums = em.createQuery(TotalRow.SELECT
                + " FROM StockEntity s, LocationEntity l WHERE s.locationId = l.id"
                + " AND s.productId IN :products AND l.warehouseId IN :warehouses"
                + " GROUP BY s.productId, l.warehouseId", Object[].class)
                .setParameter("products", products).setParameter("warehouses", warehouses).getResultList()
                .stream().map(TotalRow::of).toList();
        List<StockOverview.WarehouseTotal> totals = new ArrayList<>();
        for (TotalRow sum : sums) {
            LevelRow named = pairs.get(List.of(sum.productId(), sum.warehouseId()));
            if (named == null) {
                continue;
            }
            UnitEntity uom = named.uom();
            totals.add(new StockOverview.WarehouseTotal(named.sku(), named.warehouse(),
                    Quantities.display(sum.onHand(), uom), Quantities.display(sum.reserved(), uom),
                    Quantities.display(sum.onHand().subtract(sum.reserved()), uom)));
        }
        totals.sort(Comparator.comparing(StockOverview.WarehouseTotal::sku)
                .thenComparing(StockOverview.WarehouseTotal::warehouse));
        return totals;
    }

    static StockLedger ledger(EntityManager em, String sku, String warehouse) {
        ProductEntity product = JpaProductService.find(em, sku)
                .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_PRODUCT, sku));
        String scope = warehouse == null || warehouse.isBlank() ? null : warehouse.trim();
        if (scope != null && JpaWarehouseService.find(em, scope).isEmpty()) {
            throw new NotFoundProblem(LogisticsModule.ENTITY_WAREHOUSE, scope);
        }
        TypedQuery<StockMoveEntity> query = em.createQuery("SELECT m FROM StockMoveEntity m"
                + " WHERE m.productId = :product"
                + (scope == null ? "" : " AND (m.fromWarehouse = :warehouse OR m.toWarehouse = :warehouse)")
                + " ORDER BY m.id", StockMoveEntity.class).setParameter("product", product.id());
        if (scope != null) {
            query.setParameter("warehouse", scope);
        }
        UnitEntity uom = product.uom();
        BigDecimal balance = BigDecimal.ZERO;
        List<StockLedger.Line> lines = new ArrayList<>();
        for (StockMoveEntity move : query.getResultList()) {
            BigDecimal change = LedgerMath.change(scope, move.fromWarehouse(), move.toWarehouse(), move.quantity());
            balance = balance.add(change);
            lines.add(new StockLedger.Line(move.id(), move.movedAt(), move.type(), move.fromWarehouse(),
                    move.fromLocation(), move.toWarehouse(), move.toLocation(), Quantities.display(change, uom),
                    Quantities.display(balance, uom), move.reason(), move.reference(), move.user()));
        }
        return new StockLedger(product.sku(), scope, uom.code(), lines, Quantities.display(balance, uom));
    }
}
