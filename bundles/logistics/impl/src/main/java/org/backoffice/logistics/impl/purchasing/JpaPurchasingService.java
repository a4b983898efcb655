package org.backoffice.logistics.impl.purchasing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.api.purchasing.GoodsReceipt;
import org.backoffice.logistics.api.purchasing.GoodsReceiptDraft;
import org.backoffice.logistics.api.purchasing.PurchaseOrder;
import org.backoffice.logistics.api.purchasing.PurchaseOrderDraft;
import org.backoffice.logistics.api.purchasing.PurchaseOrderQuery;
import org.backoffice.logistics.api.purchasing.PurchaseOrderStatus;
import org.backoffice.logistics.api.purchasing.PurchasingService;
import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.logistics.api.stock.StockMoveDraft;
import org.backoffice.logistics.impl.DocumentNumbers;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.logistics.impl.PartnerRoles;
import org.backoffice.logistics.impl.catalog.JpaProductService;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.catalog.UnitConversions;
import org.backoffice.logistics.impl.stock.StockMoves;
import org.backoffice.logistics.impl.warehouse.JpaWarehouseService;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.partners.api.PartnerRole;
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
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Purchase orders and goods receipts on JPA. A receipt is one transaction: the order row is locked, each line becomes
 * a RECEIPT move through {@link StockMoves} (same rules, audit and events as any move), the received quantities and
 * status change, and the receipt is audited and announced as {@code GOODS_RECEIVED}.
 */
@Component(service = PurchasingService.class, configurationPid = PurchasingConfig.PID)
@Designate(ocd = PurchasingConfig.class)
public final class JpaPurchasingService implements PurchasingService {

    private static final Set<PurchaseOrderStatus> CANCELLABLE = Set.of(PurchaseOrderStatus.DRAFT,
            PurchaseOrderStatus.SENT);

    private final JpaTemplate jpa;
    private final DocumentNumbers numbers;
    private final AuditTrail audit;
    private final EventLog events;
    private final StockMoves moves;
    private volatile BigDecimal tolerancePercent;

    /** Present only while the partners module is installed; supplier codes are then checked against it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartnerService partners;

    @Activate
    public JpaPurchasingService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events, @Reference StockMoves moves, @Reference NumberSeries numberSeries,
            PurchasingConfig config) {
        this.jpa = jpa;
        this.numbers = new DocumentNumbers(numberSeries);
        this.audit = audit;
        this.events = events;
        this.moves = moves;
        this.tolerancePercent = PurchasingRules.tolerance(config.overReceiptTolerancePercent());
    }

    @Modified
    void modified(PurchasingConfig config) {
        this.tolerancePercent = PurchasingRules.tolerance(config.overReceiptTolerancePercent());
    }

    @Override
    public PurchaseOrder create(PurchaseOrderDraft draft) {
        PurchasingRules.checkShape(draft);
        checkSupplier("supplier", draft.supplier());
        return Jpa.write(jpa, "Purchase order", em -> {
            Validator v = new Validator();
            WarehouseEntity warehouse = JpaWarehouseService.find(em, draft.warehouse()).orElse(null);
            v.check(warehouse != null, "warehouse", "warehouse '" + draft.warehouse() + "' does not exist");
            List<ProductEntity> products = new ArrayList<>();
            List<UnitConversions.Converted> ordered = new ArrayList<>();
            for (int i = 0; i < draft.lines().size(); i++) {
                PurchaseOrderDraft.Line line = draft.lines().get(i);
                ProductEntity product = purchasable(em, v, "lines[" + i + "].sku", line.sku());
                products.add(product);
                ordered.add(product == null ? null : UnitConversions.convert(em, v, "lines[" + i + "].", product,
                        line.unit(), line.quantity()));
            }
            v.throwIfInvalid();

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String number = numbers.next(em, DocumentNumbers.PURCHASE_ORDER, today.getYear());
            PurchaseOrderEntity order = new PurchaseOrderEntity(number, draft.supplier(), warehouse, today,
                    draft.expectedDate(), draft.currency(), Instant.now(), Actor.currentUser());
            em.persist(order);
            em.flush();
            List<PurchaseOrderLineEntity> lines = new ArrayList<>();
            for (int i = 0; i < draft.lines().size(); i++) {
                PurchaseOrderDraft.Line line = draft.lines().get(i);
                PurchaseOrderLineEntity entity = new PurchaseOrderLineEntity(order.id(), i + 1, products.get(i),
                        ordered.get(i), line.unitPrice());
                em.persist(entity);
                lines.add(entity);
            }
            em.flush();
            PurchaseOrder created = order.toOrder(lines);
            ChangeSet changes = new ChangeSet().created("number", created.number())
                    .created("supplier", created.supplier()).created("warehouse", created.warehouse())
                    .created("expectedDate", created.expectedDate()).created("currency", created.currency())
                    .created("status", created.status()).created("total", created.total());
            for (PurchaseOrder.Line line : created.lines()) {
                changes.created("lines[" + line.lineNo() + "]", line.orderUnit() == null
                        ? line.quantity().toPlainString() + " " + line.uom() + " " + line.sku() + " at "
                                + line.unitPrice().toPlainString()
                        : line.orderQuantity().toPlainString() + " " + line.orderUnit() + " (" + line.quantity()
                                .toPlainString() + " " + line.uom() + ") " + line.sku() + " at "
                                + line.orderUnitPrice().toPlainString());
            }
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_PURCHASE_ORDER,
                    created.number(), AuditEntry.CREATE, changes.changes()));
            return created;
        });
    }

    @Override
    public PurchaseOrder require(long id) {
        return Jpa.read(jpa, em -> {
            PurchaseOrderEntity order = em.find(PurchaseOrderEntity.class, id);
            if (order == null) {
                throw notFound(id);
            }
            return order.toOrder(lines(em, id));
        });
    }

    @Override
    public Page<PurchaseOrder> find(PurchaseOrderQuery query, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("PurchaseOrderEntity", "o")
                .equal("o.supplier", query.supplier())
                .equal("o.status", query.status())
                .equal("o.warehouse", query.warehouse())
                .atLeast("o.orderDate", query.from())
                .atMost("o.orderDate", query.to())
                .page(em, PurchaseOrderEntity.class, "o.id DESC", page, order -> order.toOrder(lines(em, order.id()))));
    }

    @Override
    public PurchaseOrder send(long id) {
        return transition(id, Set.of(PurchaseOrderStatus.DRAFT), PurchaseOrderStatus.SENT, "SEND");
    }

    @Override
    public PurchaseOrder cancel(long id) {
        return transition(id, CANCELLABLE, PurchaseOrderStatus.CANCELLED, "CANCEL");
    }

    @Override
    public PurchaseOrder close(long id) {
        return transition(id, Set.of(PurchaseOrderStatus.PARTIALLY_RECEIVED), PurchaseOrderStatus.CLOSED, "CLOSE");
    }

    private PurchaseOrder transition(long id, Set<PurchaseOrderStatus> from, PurchaseOrderStatus to, String action) {
        return Jpa.write(jpa, "Purchase order " + id, em -> {
            PurchaseOrderEntity order = lock(em, id);
            if (!from.contains(order.status())) {
                throw new ConflictProblem("purchase order " + order.number() + " is " + order.status() + "; only "
                        + String.join(" or ", from.stream().map(Enum::name).sorted().toList()) + " orders can be "
                        + pastTense(to), Map.of("orderStatus", order.status().name()));
            }
            PurchaseOrderStatus before = order.status();
            order.setStatus(to);
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_PURCHASE_ORDER, order.number(),
                    action, new ChangeSet().compare("status", before, to).changes()));
            return order.toOrder(lines(em, id));
        });
    }

    private static String pastTense(PurchaseOrderStatus to) {
        return switch (to) {
            case SENT -> "sent";
            case CANCELLED -> "cancelled";
            case CLOSED -> "closed";
            default -> to.name();
        };
    }

    @Override
    public GoodsReceipt receive(long purchaseOrderId, GoodsReceiptDraft given) {
        PurchasingRules.checkShape(given);
        BigDecimal tolerance = tolerancePercent;
        return Jpa.write(jpa, "Purchase order " + purchaseOrderId, em -> {
            GoodsReceiptDraft draft = inProductUnits(em, given);
            PurchaseOrderEntity order = lock(em, purchaseOrderId);
            if (!order.status().receivable()) {
                throw new ConflictProblem("purchase order " + order.number() + " is " + order.status()
                        + "; goods can only be received on SENT or PARTIALLY_RECEIVED orders",
                        Map.of("orderStatus", order.status().name()));
            }
            List<PurchaseOrderLineEntity> orderLines = lines(em, order.id());
            Map<String, PurchaseOrderLineEntity> bySku = new HashMap<>();
            orderLines.forEach(line -> bySku.put(line.sku(), line));
            ReceiptRules.checkQuantities(order, draft, bySku, tolerance);

            Instant now = Instant.now();
            String user = Actor.currentUser();
            GoodsReceiptEntity receipt = new GoodsReceiptEntity(order.id(), draft.reference(), now, user);
            em.persist(receipt);
            em.flush();
            List<GoodsReceiptLineEntity> receiptLines = new ArrayList<>();
            // stock rows are locked in product-id order, as every stock change does (see MoveGroups), so a receipt
            // never deadlocks with another receipt, a confirmation or a group of moves
            List<Integer> inLockOrder = IntStream.range(0, draft.lines().size()).boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> bySku.get(draft.lines().get(i).sku()).productId())
                            .thenComparingInt(i -> i)).toList();
            for (int i : inLockOrder) {
                GoodsReceiptDraft.Line line = draft.lines().get(i);
                PurchaseOrderLineEntity orderLine = bySku.get(line.sku());
                StockMove move;
                try {
                    move = moves.move(em, new StockMoveDraft(MoveType.RECEIPT, line.sku(), line.quantity(),
                            order.warehouse(), line.location(), null, null, "purchase order " + order.number(),
                            draft.reference()));
                } catch (ValidationFailedException e) {
                    throw e.prefixed("lines[" + i + "].");
                }
                orderLine.addReceived(line.quantity());
                GoodsReceiptLineEntity receiptLine = new GoodsReceiptLineEntity(receipt.id(), i + 1, line.sku(),
                        orderLine.uom(), line.quantity(), move.toLocation(), orderLine.unitPrice(), move.id());
                em.persist(receiptLine);
                receiptLines.add(receiptLine);
            }
            receiptLines.sort(Comparator.comparingInt(GoodsReceiptLineEntity::lineNo));
            PurchaseOrderStatus before = order.status();
            boolean complete = orderLines.stream().allMatch(line -> line.received().compareTo(line.quantity()) >= 0);
            order.setStatus(complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED);
            em.flush();
            GoodsReceipt stored = toReceipt(order, receipt, receiptLines);
            record(em, order, before, stored);
            return stored;
        });
    }

    /** The receipt with every line counted in its product's own unit; a line in another unit is converted. */
    private static GoodsReceiptDraft inProductUnits(EntityManager em, GoodsReceiptDraft draft) {
        if (draft.lines().stream().allMatch(line -> line.unit() == null)) {
            return draft;
        }
        Validator v = new Validator();
        List<GoodsReceiptDraft.Line> lines = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            GoodsReceiptDraft.Line line = draft.lines().get(i);
            ProductEntity product = line.unit() == null ? null : JpaProductService.find(em, line.sku()).orElse(null);
            UnitConversions.Converted converted = product == null ? null
                    : UnitConversions.convert(em, v, "lines[" + i + "].", product, line.unit(), line.quantity());
            lines.add(converted == null ? line
                    : new GoodsReceiptDraft.Line(line.sku(), converted.quantity(), line.location()));
        }
        v.throwIfInvalid();
        return new GoodsReceiptDraft(lines, draft.reference());
    }

    private void record(EntityManager em, PurchaseOrderEntity order, PurchaseOrderStatus before,
            GoodsReceipt receipt) {
        audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_GOODS_RECEIPT,
                Long.toString(receipt.id()), AuditEntry.CREATE, ReceiptRecords.changes(receipt).changes()));
        audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_PURCHASE_ORDER, order.number(),
                "RECEIVE", new ChangeSet().compare("status", before, order.status())
                        .created("receipt", receipt.id()).changes()));
        events.append(em, LogisticsModule.TOPIC_GOODS_RECEIVED, receipt.purchaseOrderNumber(),
                ReceiptRecords.payload(receipt));
    }

    @Override
    public List<GoodsReceipt> receipts(long purchaseOrderId) {
        return Jpa.read(jpa, em -> {
            PurchaseOrderEntity order = em.find(PurchaseOrderEntity.class, purchaseOrderId);
            if (order == null) {
                throw notFound(purchaseOrderId);
            }
            List<GoodsReceiptEntity> receipts = em.createQuery("SELECT r FROM GoodsReceiptEntity r"
                    + " WHERE r.orderId = :order ORDER BY r.id", GoodsReceiptEntity.class)
                    .setParameter("order", purchaseOrderId).getResultList();
            Map<Long, List<GoodsReceiptLineEntity>> lines = new HashMap<>();
            if (!receipts.isEmpty()) {
                em.createQuery("SELECT l FROM GoodsReceiptLineEntity l WHERE l.receiptId IN :receipts"
                        + " ORDER BY l.receiptId, l.lineNo", GoodsReceiptLineEntity.class)
                        .setParameter("receipts", receipts.stream().map(GoodsReceiptEntity::id).toList())
                        .getResultList()
                        .forEach(line -> lines.computeIfAbsent(line.receiptId(), id -> new ArrayList<>()).add(line));
            }
            return receipts.stream().map(receipt -> toReceipt(order, receipt,
                    lines.getOrDefault(receipt.id(), List.of()))).toList();
        });
    }

    private static GoodsReceipt toReceipt(PurchaseOrderEntity order, GoodsReceiptEntity receipt,
            List<GoodsReceiptLineEntity> lines) {
        List<GoodsReceipt.Line> items = lines.stream().map(line -> line.toLine(order.currency())).toList();
        BigDecimal total = items.stream().map(GoodsReceipt.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GoodsReceipt(receipt.id(), order.id(), order.number(), order.supplier(), order.warehouse(),
                order.currency(), receipt.reference(), items, Money.display(total, order.currency()),
                receipt.receivedAt(), receipt.user());
    }

    private void checkSupplier(String field, String code) {
        PartnerService directory = partners;
        PartnerRoles.refusal(directory, code, PartnerRole.SUPPLIER).ifPresent(reason -> {
            throw ValidationFailedException.of(field, reason);
        });
    }

    /** A product that can be ordered: exists, holds stock, active. */
    private static ProductEntity purchasable(EntityManager em, Validator v, String field, String sku) {
        ProductEntity product = JpaProductService.find(em, sku).orElse(null);
        if (product == null) {
            v.reject(field, "product '" + sku + "' does not exist");
            return null;
        }
        if (product.type() == ProductType.SERVICE) {
            v.reject(field, "product '" + sku + "' is a SERVICE; services have no stock");
            return null;
        }
        if (!product.active()) {
            v.reject(field, "product '" + sku + "' is inactive");
            return null;
        }
        return product;
    }

    /** Locks the order's row until the transaction ends, so receipts and status changes of one order queue. */
    private static PurchaseOrderEntity lock(EntityManager em, long id) {
        try (PreparedStatement lock = em.unwrap(Connection.class).prepareStatement(
                "UPDATE LOG_PURCHASE_ORDER SET VERSION = VERSION WHERE ID = ?")) {
            lock.setLong(1, id);
            if (lock.executeUpdate() == 0) {
                throw notFound(id);
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not lock purchase order " + id, e);
        }
        return em.find(PurchaseOrderEntity.class, id);
    }

    static List<PurchaseOrderLineEntity> lines(EntityManager em, long orderId) {
        return em.createQuery("SELECT l FROM PurchaseOrderLineEntity l WHERE l.orderId = :order ORDER BY l.lineNo",
                PurchaseOrderLineEntity.class).setParameter("order", orderId).getResultList();
    }

    private static NotFoundProblem notFound(long id) {
        return new NotFoundProblem(LogisticsModule.ENTITY_PURCHASE_ORDER, Long.toString(id));
    }
}
