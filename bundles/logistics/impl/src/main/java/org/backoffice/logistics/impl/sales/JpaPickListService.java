package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.sales.PickList;
import org.backoffice.logistics.api.sales.PickListQuery;
import org.backoffice.logistics.api.sales.PickListService;
import org.backoffice.logistics.api.sales.PickListStatus;
import org.backoffice.logistics.api.sales.SalesDocuments;
import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.logistics.impl.DocumentNumbers;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Pick lists on JPA. Picking moves no stock: it records which part of a reservation is in hand, so a shipment ships
 * what was picked. The reservation stays in LOG_STOCK.RESERVED until the shipment is dispatched.
 */
@Component(service = PickListService.class)
public final class JpaPickListService implements PickListService {

    static final Set<SalesOrderStatus> PICKABLE = EnumSet.of(SalesOrderStatus.CONFIRMED, SalesOrderStatus.PICKING,
            SalesOrderStatus.PARTIALLY_SHIPPED);

    private final JpaTemplate jpa;
    private final DocumentNumbers numbers;
    private final AuditTrail audit;

    @Activate
    public JpaPickListService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference NumberSeries numberSeries) {
        this.jpa = jpa;
        this.numbers = new DocumentNumbers(numberSeries);
        this.audit = audit;
    }

    @Override
    public PickList create(List<Long> orders) {
        Validator v = new Validator();
        if (v.notEmpty("orders", orders)) {
            v.check(orders.size() <= 100, "orders", "must be at most 100");
            for (int i = 0; i < orders.size(); i++) {
                v.required("orders[" + i + "]", orders.get(i));
            }
        }
        v.throwIfInvalid();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(orders));
        ids.sort(Long::compare); // lock orders in id order, as every wave does
        return Jpa.write(jpa, "Pick list", em -> {
            Validator stored = new Validator();
            List<SalesOrderEntity> locked = new ArrayList<>();
            for (Long id : ids) {
                SalesOrderEntity order = em.find(SalesOrderEntity.class, id,
                        javax.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (order == null) {
                    stored.reject("orders[" + orders.indexOf(id) + "]", "sales order " + id + " does not exist");
                } else {
                    locked.add(order);
                }
            }
            stored.throwIfInvalid();
            for (SalesOrderEntity order : locked) {
                if (!PICKABLE.contains(order.status())) {
                    throw SalesRecords.wrongStatus(order, "picking", PICKABLE);
                }
                if (!order.warehouse().equals(locked.get(0).warehouse())) {
                    stored.reject("orders", "must all ship from one warehouse (" + locked.get(0).number() + " from "
                            + locked.get(0).warehouse() + ", " + order.number() + " from " + order.warehouse() + ")");
                    stored.throwIfInvalid();
                }
            }
            PickListEntity list = new PickListEntity(numbers.next(em, DocumentNumbers.PICK_LIST),
                    locked.get(0).warehouse(), Actor.currentUser(), Instant.now());
            em.persist(list);
            em.flush();
            int count = 0;
            for (SalesOrderEntity order : locked) {
                Map<Long, SalesOrderLineEntity> lines = new HashMap<>();
                SalesRecords.lines(em, order.id()).forEach(line -> lines.put(line.id(), line));
                for (ReservationEntity reservation : SalesRecords.reservations(em, order.id())) {
                    BigDecimal toPick = reservation.reserved().subtract(reservation.picked())
                            .subtract(openPicks(em, reservation.id()));
                    if (toPick.signum() > 0) {
                        em.persist(new PickLineEntity(list.id(), order, lines.get(reservation.orderLineId()),
                                reservation, toPick));
                        count++;
                    }
                }
                if (order.status() == SalesOrderStatus.CONFIRMED) {
                    order.startPicking();
                    audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_SALES_ORDER,
                            Long.toString(order.id()), AuditEntry.UPDATE, new ChangeSet()
                                    .compare("status", SalesOrderStatus.CONFIRMED, SalesOrderStatus.PICKING)
                                    .compare("pickList", null, list.number()).changes()));
                }
            }
            if (count == 0) {
                throw new ConflictProblem("nothing left to pick: the orders' reserved stock is picked or on open pick"
                        + " lists already", Map.of("orders", ids));
            }
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_PICK_LIST,
                    Long.toString(list.id()), AuditEntry.CREATE, new ChangeSet().created("number", list.number())
                            .created("orders", ids).created("lines", count).changes()));
            return view(em, list);
        });
    }

    /** What open (unconfirmed) pick lines already ask of a reservation. */
    private static BigDecimal openPicks(EntityManager em, long reservationId) {
        BigDecimal open = em.createQuery("SELECT SUM(p.quantity) FROM PickLineEntity p"
                + " WHERE p.reservationId = :reservation AND p.picked IS NULL", BigDecimal.class)
                .setParameter("reservation", reservationId).getSingleResult();
        return open == null ? BigDecimal.ZERO : open;
    }

    @Override
    public PickList require(long id) {
        return Jpa.read(jpa, em -> view(em, list(em, id)));
    }

    private static PickListEntity list(EntityManager em, long id) {
        PickListEntity list = em.find(PickListEntity.class, id);
        if (list == null) {
            throw new NotFoundProblem(SalesDocuments.ENTITY_PICK_LIST, Long.toString(id));
        }
        return list;
    }

    @Override
    public Page<PickList> find(PickListQuery query, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("PickListEntity", "p")
                .equal("p.status", query.status())
                .where("EXISTS (SELECT l FROM PickLineEntity l WHERE l.pickListId = p.id AND l.orderId = :value)",
                        query.order())
                .page(em, PickListEntity.class, "p.id DESC", page, list -> view(em, list)));
    }

    @Override
    public PickList confirmLine(long pickListId, long lineId, BigDecimal picked) {
        return Jpa.write(jpa, "Pick list " + pickListId, em -> {
            PickListEntity list = list(em, pickListId);
            PickLineEntity line = em.find(PickLineEntity.class, lineId);
            if (line == null || line.pickListId() != pickListId) {
                throw new NotFoundProblem("PickLine", pickListId + "/" + lineId);
            }
            SalesOrderEntity order = SalesRecords.lockOrder(em, line.orderId());
            em.refresh(line);
            if (line.picked() != null) {
                throw new ConflictProblem("line " + lineId + " of pick list " + list.number() + " was confirmed already"
                        + " with " + Quantities.display(line.picked(), line.uom()).toPlainString(),
                        Map.of("picked", Quantities.display(line.picked(), line.uom())));
            }
            if (!PICKABLE.contains(order.status())) {
                throw SalesRecords.wrongStatus(order, "confirming a pick", PICKABLE);
            }
            ReservationEntity reservation = em.find(ReservationEntity.class, line.reservationId());
            BigDecimal most = line.quantity().min(reservation.reserved().subtract(reservation.picked()));
            Validator v = new Validator();
            if (v.required("quantity", picked)) {
                boolean valid = v.check(picked.signum() >= 0, "quantity", "must be zero or more")
                        && Quantities.precision(v, "quantity", picked, line.uom());
                if (valid) {
                    v.check(picked.compareTo(most) <= 0, "quantity", "must be at most "
                            + Quantities.display(most, line.uom()).toPlainString() + ", the quantity to pick");
                }
            }
            v.throwIfInvalid();
            line.confirm(picked, Instant.now());
            reservation.pick(picked);
            SalesOrderLineEntity orderLine = em.find(SalesOrderLineEntity.class, reservation.orderLineId());
            orderLine.pick(picked);
            em.flush();
            Long open = em.createQuery("SELECT COUNT(p) FROM PickLineEntity p WHERE p.pickListId = :list"
                    + " AND p.picked IS NULL", Long.class).setParameter("list", list.id()).getSingleResult();
            ChangeSet changes = new ChangeSet().compare("line " + lineId + " picked", null, picked);
            if (open == 0) {
                changes.compare("status", list.status(), PickListStatus.DONE);
                list.done();
            }
            audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_PICK_LIST,
                    Long.toString(list.id()), "PICK", changes.changes()));
            return view(em, list);
        });
    }

    private static PickList view(EntityManager em, PickListEntity list) {
        List<PickLineEntity> lines = em.createQuery("SELECT p FROM PickLineEntity p WHERE p.pickListId = :list"
                + " ORDER BY p.location, p.sku, p.id", PickLineEntity.class).setParameter("list", list.id())
                .getResultList();
        List<Long> orders = lines.stream().map(line -> line.orderId()).distinct().sorted().toList();
        return list.toPickList(orders, lines.stream().map(PickLineEntity::toLine).toList());
    }
}
