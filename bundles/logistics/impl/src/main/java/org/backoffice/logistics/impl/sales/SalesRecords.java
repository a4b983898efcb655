package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;

import org.backoffice.logistics.api.sales.SalesDocuments;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderLine;
import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.OrderedUnit;
import org.backoffice.logistics.impl.catalog.UnitMath;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;

/** What the sales services share: loading and locking orders, their lines and reservations, and the order view. */
final class SalesRecords {

    private SalesRecords() {
    }

    /**
     * The order, locked for the rest of the transaction: every step that changes an order or its reservations takes
     * this lock first, so steps on one order run one after the other.
     */
    static SalesOrderEntity lockOrder(EntityManager em, long id) {
        SalesOrderEntity order = em.find(SalesOrderEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new NotFoundProblem(SalesDocuments.ENTITY_SALES_ORDER, Long.toString(id));
        }
        return order;
    }

    /** The order, locked as {@link #lockOrder(EntityManager, long)}, if its status allows {@code step} (else 409). */
    static SalesOrderEntity lockOrder(EntityManager em, long id, String step, Set<SalesOrderStatus> allowed) {
        SalesOrderEntity order = lockOrder(em, id);
        if (!allowed.contains(order.status())) {
            throw wrongStatus(order, step, allowed);
        }
        return order;
    }

    /**
     * The order's lines in the one order in which every transaction reserves or releases their stock (product id,
     * then line number), so two of them never wait for each other's rows.
     */
    static List<SalesOrderLineEntity> linesInLockOrder(EntityManager em, long orderId) {
        List<SalesOrderLineEntity> lines = new ArrayList<>(lines(em, orderId));
        lines.sort(Comparator.comparingLong(SalesOrderLineEntity::productId)
                .thenComparingInt(SalesOrderLineEntity::lineNo));
        return lines;
    }

    static SalesOrderEntity order(EntityManager em, long id) {
        SalesOrderEntity order = em.find(SalesOrderEntity.class, id);
        if (order == null) {
            throw new NotFoundProblem(SalesDocuments.ENTITY_SALES_ORDER, Long.toString(id));
        }
        return order;
    }

    static List<SalesOrderLineEntity> lines(EntityManager em, long orderId) {
        return em.createQuery("SELECT l FROM SalesOrderLineEntity l WHERE l.orderId = :order ORDER BY l.lineNo",
                SalesOrderLineEntity.class).setParameter("order", orderId).getResultList();
    }

    /** The order's reservations in the order they were made: per line, oldest stock first. */
    static List<ReservationEntity> reservations(EntityManager em, long orderId) {
        return em.createQuery("SELECT r FROM ReservationEntity r WHERE r.orderId = :order"
                + " ORDER BY r.orderLineId, r.seqNo", ReservationEntity.class)
                .setParameter("order", orderId).getResultList();
    }

    /** A 409 naming the order's status, for a step that status does not allow. */
    static ConflictProblem wrongStatus(SalesOrderEntity order, String step, Set<SalesOrderStatus> allowed) {
        return new ConflictProblem("sales order " + order.number() + " is " + order.status() + "; " + step
                + " needs it " + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")),
                Map.of("orderStatus", order.status().name(), "order", order.number()));
    }

    static SalesOrder view(EntityManager em, SalesOrderEntity order) {
        List<SalesOrderLineEntity> lines = lines(em, order.id());
        Map<Long, List<ReservationEntity>> byLine = reservations(em, order.id()).stream()
                .collect(Collectors.groupingBy(r -> r.orderLineId()));
        List<SalesOrderLine> views = new ArrayList<>();
        for (SalesOrderLineEntity line : lines) {
            List<SalesOrderLine.Reservation> held = byLine.getOrDefault(line.id(), List.of()).stream()
                    .filter(r -> r.reserved().signum() > 0)
                    .sorted(Comparator.comparingInt(r -> r.seqNo()))
                    .map(r -> new SalesOrderLine.Reservation(r.location(), Quantities.display(r.reserved(), line.uom()),
                            Quantities.display(r.picked(), line.uom())))
                    .toList();
            OrderedUnit ordered = line.ordered();
            views.add(new SalesOrderLine(line.lineNo(), line.sku(), line.productType(), line.uom().code(),
                    Quantities.display(line.quantity(), line.uom()), ordered == null
                            ? Money.display(line.unitPrice(), order.currency())
                            : UnitMath.convert(line.unitPrice(), BigDecimal.ONE),
                    Money.display(line.lineTotal(), order.currency()), Quantities.display(line.reserved(), line.uom()),
                    Quantities.display(line.backordered(), line.uom()), Quantities.display(line.picked(), line.uom()),
                    Quantities.display(line.shipped(), line.uom()), held, ordered == null ? null : ordered.unit(),
                    ordered == null ? null : ordered.shownQuantity(),
                    ordered == null ? null : ordered.shownPrice(order.currency())));
        }
        return order.toOrder(views);
    }

    static ReservedStock reservedStock(EntityManager em) {
        return new ReservedStock(em.unwrap(Connection.class));
    }

    static <R> R sql(String what, SqlWork<R> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new PersistenceException(what, e);
        }
    }

    @FunctionalInterface
    interface SqlWork<R> {
        R run() throws SQLException;
    }
}
