package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.sales.DeliveryNoteFormat;
import org.backoffice.logistics.api.sales.SalesDocuments;
import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.logistics.api.sales.Shipment;
import org.backoffice.logistics.api.sales.ShipmentDraft;
import org.backoffice.logistics.api.sales.ShipmentQuery;
import org.backoffice.logistics.api.sales.ShipmentService;
import org.backoffice.logistics.api.sales.ShipmentStatus;
import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.impl.Codes;
import org.backoffice.logistics.impl.DocumentNumbers;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.JpaProductService;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.sales.DispatchChanges.Consumption;
import org.backoffice.logistics.impl.stock.MoveRecords;
import org.backoffice.logistics.impl.stock.StockMoveEntity.Place;
import org.backoffice.logistics.impl.stock.StockMoveEntity;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Shipments on JPA. Dispatching issues reserved stock with one conditional statement per location (on hand and
 * reserved down together), stores one ISSUE move per location, updates the order and appends
 * {@code SHIPMENT_DISPATCHED} last, all in one transaction under the order's lock.
 */
@Component(service = ShipmentService.class)
public final class JpaShipmentService implements ShipmentService {

    static final Set<SalesOrderStatus> SHIPPABLE = EnumSet.of(SalesOrderStatus.CONFIRMED, SalesOrderStatus.PICKING,
            SalesOrderStatus.PARTIALLY_SHIPPED);

    private final JpaTemplate jpa;
    private final DocumentNumbers numbers;
    private final AuditTrail audit;
    private final EventLog events;

    /** Present only while the partners module is installed; then delivery notes show the customer's address. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartnerService partners;

    @Activate
    public JpaShipmentService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events, @Reference NumberSeries numberSeries) {
        this.jpa = jpa;
        this.numbers = new DocumentNumbers(numberSeries);
        this.audit = audit;
        this.events = events;
    }

    @Override
    public Shipment create(ShipmentDraft draft) {
        Validator v = new Validator();
        if (draft == null) {
            v.reject("salesOrder", "is required").throwIfInvalid();
        }
        v.required("salesOrder", draft.salesOrder());
        v.optionalText("carrier", draft.carrier(), 100);
        v.optionalText("trackingNumber", draft.trackingNumber(), 100);
        v.range("packages", draft.packages(), 1, 9999);
        List<ShipmentDraft.Line> requested = draft.lines() == null ? List.of() : draft.lines();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ShipmentDraft.Line line = requested.get(i);
            if (line == null) {
                v.reject("lines[" + i + "]", "is required");
                continue;
            }
            if (v.requiredText("lines[" + i + "].sku", line.sku(), Codes.SKU_LENGTH)) {
                v.check(skus.add(line.sku()), "lines[" + i + "].sku", "appears more than once");
            }
            v.required("lines[" + i + "].quantity", line.quantity());
        }
        v.throwIfInvalid();
        return Jpa.write(jpa, "Shipment", em -> {
            SalesOrderEntity order = em.find(SalesOrderEntity.class, draft.salesOrder(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (order == null) {
                new Validator().reject("salesOrder", "sales order " + draft.salesOrder() + " does not exist")
                        .throwIfInvalid();
            }
            if (!SHIPPABLE.contains(order.status())) {
                throw SalesRecords.wrongStatus(order, "shipping", SHIPPABLE);
            }
            List<SalesOrderLineEntity> lines = SalesRecords.lines(em, order.id());
            Map<SalesOrderLineEntity, BigDecimal> plan = requested.isEmpty() ? everythingReady(lines)
                    : plan(order, lines, requested);
            if (plan.isEmpty()) {
                throw new ConflictProblem("nothing of sales order " + order.number() + " is reserved or picked to ship",
                        Map.of("orderStatus", order.status().name(), "order", order.number()));
            }
            BigDecimal total = SalesMath.sum(plan.entrySet().stream()
                    .map(e -> SalesMath.lineTotal(e.getValue(), e.getKey().unitPrice(), order.currency())).toList());
            ShipmentEntity shipment = new ShipmentEntity(numbers.next(em, DocumentNumbers.SHIPMENT), order,
                    blankToNull(draft.carrier()), blankToNull(draft.trackingNumber()),
                    draft.packages() == null ? 1 : draft.packages(), total, Actor.currentUser(), Instant.now());
            em.persist(shipment);
            em.flush();
            ChangeSet changes = new ChangeSet().created("number", shipment.number()).created("order", order.number())
                    .created("carrier", shipment.carrier()).created("trackingNumber", shipment.trackingNumber())
                    .created("packages", shipment.packages()).created("total", total);
            plan.forEach((line, quantity) -> {
                em.persist(new ShipmentLineEntity(shipment.id(), line, quantity,
                        SalesMath.lineTotal(quantity, line.unitPrice(), order.currency())));
                changes.created("line " + line.lineNo(),
                        line.sku() + " " + quantity.stripTrailingZeros().toPlainString());
            });
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_SHIPMENT,
                    Long.toString(shipment.id()), AuditEntry.CREATE, changes.changes()));
            return view(em, shipment);
        });
    }

    /** Without lines: every stocked line's picked (or, with nothing picked, reserved) and every unshipped service. */
    private static Map<SalesOrderLineEntity, BigDecimal> everythingReady(List<SalesOrderLineEntity> lines) {
        Map<SalesOrderLineEntity, BigDecimal> plan = new LinkedHashMap<>();
        for (SalesOrderLineEntity line : lines) {
            BigDecimal ready = DispatchChanges.ready(line);
            if (ready.signum() > 0) {
                plan.put(line, ready);
            }
        }
        return plan;
    }

    /** The requested quantities spread over the order's lines of each SKU, in line order; too much is a 422. */
    private static Map<SalesOrderLineEntity, BigDecimal> plan(SalesOrderEntity order,
            List<SalesOrderLineEntity> lines, List<ShipmentDraft.Line> requested) {
        Validator v = new Validator();
        Map<SalesOrderLineEntity, BigDecimal> plan = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            ShipmentDraft.Line wanted = requested.get(i);
            String field = "lines[" + i + "].";
            List<SalesOrderLineEntity> matching = lines.stream().filter(l -> l.sku().equals(wanted.sku())).toList();
            if (matching.isEmpty()) {
                v.reject(field + "sku", "product '" + wanted.sku() + "' is not on sales order " + order.number());
                continue;
            }
            SalesOrderLineEntity first = matching.get(0);
            if (!Quantities.check(v, field + "quantity", wanted.quantity(), first.uom(), false)) {
                continue;
            }
            List<BigDecimal> ready = matching.stream().map(DispatchChanges::ready).toList();
            BigDecimal most = SalesMath.sum(ready);
            if (wanted.quantity().compareTo(most) > 0) {
                v.reject(field + "quantity", "must be at most " + Quantities.display(most, first.uom()).toPlainString()
                        + (first.stocked() ? ", what is picked (or reserved, when nothing is picked) and not shipped"
                                : ", what is ordered and not shipped"));
                continue;
            }
            List<BigDecimal> taken = SalesMath.allocate(wanted.quantity(), ready);
            for (int j = 0; j < matching.size(); j++) {
                if (taken.get(j).signum() > 0) {
                    plan.put(matching.get(j), taken.get(j));
                }
            }
        }
        v.throwIfInvalid();
        return plan;
    }

    @Override
    public Shipment require(long id) {
        return Jpa.read(jpa, em -> view(em, shipment(em, id)));
    }

    private static ShipmentEntity shipment(EntityManager em, long id) {
        ShipmentEntity shipment = em.find(ShipmentEntity.class, id);
        if (shipment == null) {
            throw new NotFoundProblem(SalesDocuments.ENTITY_SHIPMENT, Long.toString(id));
        }
        return shipment;
    }

    @Override
    public Page<Shipment> find(ShipmentQuery query, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("ShipmentEntity", "s")
                .equal("s.orderId", query.order())
                .equal("s.status", query.status())
                .equal("s.carrier", query.carrier())
                .page(em, ShipmentEntity.class, "s.id DESC", page, shipment -> view(em, shipment)));
    }

    @Override
    public Shipment dispatch(long id) {
        return Jpa.write(jpa, "Shipment " + id, em -> {
            ShipmentEntity shipment = shipment(em, id);
            SalesOrderEntity order = SalesRecords.lockOrder(em, shipment.orderId());
            em.refresh(shipment); // what the order lock's previous holder may have committed
            if (shipment.status() != ShipmentStatus.DRAFT) {
                throw new ConflictProblem("shipment " + shipment.number() + " was dispatched already at "
                        + shipment.dispatchedAt(), Map.of("shipmentStatus", shipment.status().name()));
            }
            if (!SHIPPABLE.contains(order.status())) {
                throw SalesRecords.wrongStatus(order, "dispatching a shipment", SHIPPABLE);
            }
            Instant now = Instant.now();
            List<SalesOrderLineEntity> orderLines = SalesRecords.lines(em, order.id());
            List<ShipmentLineEntity> shipmentLines = lines(em, shipment.id());
            List<Consumption> consumptions = DispatchChanges.ship(order, orderLines, shipmentLines,
                    SalesRecords.reservations(em, order.id()));
            issue(em, order, shipment, consumptions, now);
            SalesOrderStatus status = SalesMath.statusAfterShipping(
                    orderLines.stream().map(line -> line.quantity()).toList(),
                    orderLines.stream().map(line -> line.shipped()).toList());
            audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_SALES_ORDER,
                    Long.toString(order.id()), AuditEntry.UPDATE, new ChangeSet()
                            .compare("status", order.status(), status)
                            .compare("shipment", null, shipment.number()).changes()));
            order.shipped(status);
            shipment.dispatch(now);
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_SHIPMENT,
                    Long.toString(shipment.id()), "DISPATCH", new ChangeSet()
                            .compare("status", ShipmentStatus.DRAFT, ShipmentStatus.DISPATCHED)
                            .compare("dispatchedAt", null, now).changes()));
            // last step: the event log's sequence row stays locked until commit
            events.append(em, SalesDocuments.TOPIC_SHIPMENT_DISPATCHED, shipment.number(),
                    payload(shipment, order, shipmentLines));
            return view(em, shipment);
        });
    }

    /** Issues each consumed reservation: the stock row, the reservation, and one ISSUE move per location. */
    private void issue(EntityManager em, SalesOrderEntity order, ShipmentEntity shipment,
            List<Consumption> consumptions, Instant now) {
        ReservedStock stock = SalesRecords.reservedStock(em);
        // the lock order every stock change uses: product, then location
        consumptions.sort(Comparator.comparingLong((Consumption c) -> c.reservation().productId())
                .thenComparingLong(c -> c.reservation().locationId()));
        List<IssuedMove> moves = new ArrayList<>(consumptions.size());
        for (Consumption c : consumptions) {
            ReservationEntity r = c.reservation();
            boolean issued = SalesRecords.sql("could not issue stock of '" + c.line().sku() + "'",
                    () -> stock.issueReserved(r.productId(), r.locationId(), c.quantity()));
            if (!issued) {
                throw new ConflictProblem("the reserved stock of '" + c.line().sku() + "' at " + order.warehouse() + "/"
                        + r.location() + " is no longer there",
                        Map.of("sku", c.line().sku(), "location", r.location()));
            }
            r.issue(c.quantity());
            ProductEntity product = em.find(ProductEntity.class, r.productId());
            StockMoveEntity move = new StockMoveEntity(MoveType.ISSUE, product, c.quantity(),
                    new Place(r.locationId(), order.warehouse(), r.location()), null, "sales order " + order.number(),
                    shipment.number(), Actor.currentUser(), now);
            moves.add(new IssuedMove(move, product));
        }
        // every stock row first, then the moves' events: appending one locks the event log's sequence row until
        // commit, and taking a further stock row after it deadlocks with a move that holds that row and waits for the
        // sequence (seen under load: two-line dispatches beside receipts of the same products)
        for (IssuedMove issued : moves) {
            em.persist(issued.move());
            em.flush();
            MoveRecords.record(audit, events, em, issued.move().toMove(), issued.product().uom());
        }
    }

    private record IssuedMove(StockMoveEntity move, ProductEntity product) {
    }

    private static Map<String, Object> payload(ShipmentEntity shipment, SalesOrderEntity order,
            List<ShipmentLineEntity> lines) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("shipmentId", shipment.id());
        payload.put("shipmentNumber", shipment.number());
        payload.put("orderId", order.id());
        payload.put("orderNumber", order.number());
        payload.put("customer", order.customer());
        payload.put("warehouse", order.warehouse());
        payload.put("currency", order.currency());
        payload.put("dispatchedAt", shipment.dispatchedAt().toString());
        List<Map<String, Object>> items = new ArrayList<>();
        for (ShipmentLineEntity line : lines) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", line.sku());
            item.put("quantity", Quantities.display(line.quantity(), line.uom()));
            item.put("unitPrice", Money.display(line.unitPrice(), order.currency()));
            item.put("lineTotal", Money.display(line.lineTotal(), order.currency()));
            items.add(item);
        }
        payload.put("lines", items);
        payload.put("total", Money.display(shipment.total(), order.currency()));
        return payload;
    }

    @Override
    public String deliveryNote(long id, DeliveryNoteFormat format) {
        PartnerService directory = partners;
        DeliveryNotes.Note note = Jpa.read(jpa, em -> {
            ShipmentEntity shipment = shipment(em, id);
            SalesOrderEntity order = SalesRecords.order(em, shipment.orderId());
            WarehouseEntity warehouse = em.find(WarehouseEntity.class, order.warehouseId());
            List<DeliveryNotes.Item> items = lines(em, shipment.id()).stream().map(line -> new DeliveryNotes.Item(
                    line.orderLineNo(), line.sku(), JpaProductService.find(em, line.sku())
                            .map(product -> product.toProduct().name()).orElse(""),
                    Quantities.display(line.quantity(), line.uom()), line.uom())).toList();
            return new DeliveryNotes.Note(view(em, shipment), order.requestedDate(), null, null,
                    warehouse == null ? null : warehouse.toWarehouse(), items);
        });
        if (directory != null) {
            Partner customer = directory.get(note.shipment().customer()).orElse(null);
            if (customer != null) {
                note = note.withCustomer(customer.name(), customer.shippingAddress() != null
                        ? DeliveryNotes.address(customer.shippingAddress())
                        : DeliveryNotes.address(customer.billingAddress()));
            }
        }
        return format == DeliveryNoteFormat.HTML ? DeliveryNotes.html(note) : DeliveryNotes.text(note);
    }

    private static List<ShipmentLineEntity> lines(EntityManager em, long shipmentId) {
        return em.createQuery("SELECT l FROM ShipmentLineEntity l WHERE l.shipmentId = :shipment"
                + " ORDER BY l.orderLineNo", ShipmentLineEntity.class).setParameter("shipment", shipmentId)
                .getResultList();
    }

    private static Shipment view(EntityManager em, ShipmentEntity shipment) {
        return shipment.toShipment(lines(em, shipment.id()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
