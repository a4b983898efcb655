package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.api.sales.SalesDocuments;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderDraft;
import org.backoffice.logistics.api.sales.SalesOrderQuery;
import org.backoffice.logistics.api.sales.SalesOrderService;
import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.logistics.impl.DocumentNumbers;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.logistics.impl.catalog.JpaProductService;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.catalog.UnitConversions;
import org.backoffice.logistics.impl.warehouse.JpaWarehouseService;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.Validator;
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
 * Sales orders on JPA. Confirming reserves stock row by row with conditional SQL ({@link ReservedStock}), products in
 * id order and, per product, oldest stock first, so two confirmations lock rows in the same order.
 */
@Component(service = SalesOrderService.class, configurationPid = SalesConfig.PID)
@Designate(ocd = SalesConfig.class)
public final class JpaSalesOrderService implements SalesOrderService {

    private static final Set<SalesOrderStatus> RESERVABLE = EnumSet.of(SalesOrderStatus.CONFIRMED,
            SalesOrderStatus.PICKING, SalesOrderStatus.PARTIALLY_SHIPPED);

    private static final Set<SalesOrderStatus> CANCELLABLE = EnumSet.of(SalesOrderStatus.DRAFT,
            SalesOrderStatus.CONFIRMED, SalesOrderStatus.PICKING);

    private final JpaTemplate jpa;
    private final DocumentNumbers numbers;
    private final AuditTrail audit;
    private volatile String baseCurrency;

    /** Present only while the partners module is installed; customers are then checked against it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartnerService partners;

    @Activate
    public JpaSalesOrderService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference NumberSeries numberSeries, SalesConfig config) {
        this.jpa = jpa;
        this.numbers = new DocumentNumbers(numberSeries);
        this.audit = audit;
        this.baseCurrency = config.baseCurrency();
    }

    @Modified
    void modified(SalesConfig config) {
        this.baseCurrency = config.baseCurrency();
    }

    @Override
    public SalesOrder create(SalesOrderDraft given) {
        PartnerService directory = partners;
        SalesOrderDraft draft = SalesOrderDefaults.apply(given, directory, baseCurrency, LocalDate.now(ZoneOffset.UTC));
        SalesOrderRules.checkShape(draft, directory);
        return Jpa.write(jpa, "Sales order", em -> {
            Validator stored = new Validator();
            WarehouseEntity warehouse = JpaWarehouseService.find(em, draft.warehouse()).orElse(null);
            stored.check(warehouse != null, "warehouse", "warehouse '" + draft.warehouse() + "' does not exist");
            List<ProductEntity> products = new ArrayList<>();
            for (SalesOrderDraft.Line line : draft.lines()) {
                products.add(JpaProductService.find(em, line.sku()).orElse(null));
            }
            List<UnitConversions.Converted> sold = SalesOrderRules.checkProducts(em, stored, draft, products);
            stored.throwIfInvalid();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < draft.lines().size(); i++) {
                total = total.add(SalesMath.lineTotal(sold.get(i).givenQuantity(), draft.lines().get(i).unitPrice(),
                        draft.currency()));
            }
            Instant now = Instant.now();
            SalesOrderEntity order = new SalesOrderEntity(numbers.next(em, DocumentNumbers.SALES_ORDER),
                    draft.customer(), warehouse, draft.requestedDate(), draft.currency(), total,
                    Actor.currentUser(), now);
            em.persist(order);
            em.flush();
            ChangeSet changes = order.creation();
            for (int i = 0; i < draft.lines().size(); i++) {
                SalesOrderDraft.Line line = draft.lines().get(i);
                SalesOrderLineEntity entity = new SalesOrderLineEntity(order.id(), i + 1, products.get(i),
                        sold.get(i), line.unitPrice(), draft.currency());
                em.persist(entity);
                changes.created("line " + (i + 1), entity.summary());
            }
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_SALES_ORDER,
                    Long.toString(order.id()), AuditEntry.CREATE, changes.changes()));
            return SalesRecords.view(em, order);
        });
    }

    @Override
    public SalesOrder require(long id) {
        return Jpa.read(jpa, em -> SalesRecords.view(em, SalesRecords.order(em, id)));
    }

    @Override
    public Page<SalesOrder> find(SalesOrderQuery query, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("SalesOrderEntity", "o")
                .equal("o.customer", query.customer())
                .equal("o.status", query.status())
                .equal("o.warehouse", query.warehouse())
                .atLeast("o.orderDate", query.from())
                .atMost("o.orderDate", query.to())
                .page(em, SalesOrderEntity.class, "o.id DESC", page, order -> SalesRecords.view(em, order)));
    }

    @Override
    public SalesOrder confirm(long id) {
        return Jpa.write(jpa, "Sales order " + id, em -> {
            SalesOrderEntity order = SalesRecords.lockOrder(em, id, "confirming", EnumSet.of(SalesOrderStatus.DRAFT));
            ReservedStock stock = SalesRecords.reservedStock(em);
            ChangeSet changes = new ChangeSet().compare("status", order.status(), SalesOrderStatus.CONFIRMED);
            for (SalesOrderLineEntity line : SalesRecords.linesInLockOrder(em, id)) {
                if (line.productType() == ProductType.SERVICE) {
                    continue;
                }
                BigDecimal reserved = reserve(em, stock, order, line, line.quantity(), 0);
                line.reserve(reserved);
                changes.compare("line " + line.lineNo() + " reserved", null, reserved)
                        .compare("line " + line.lineNo() + " backordered", null, line.backordered());
            }
            order.confirm();
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_SALES_ORDER,
                    Long.toString(order.id()), "CONFIRM", changes.changes()));
            return SalesRecords.view(em, order);
        });
    }

    @Override
    public SalesOrder reserveBackorders(long id) {
        return Jpa.write(jpa, "Sales order " + id, em -> {
            SalesOrderEntity order = SalesRecords.lockOrder(em, id, "reserving backorders", RESERVABLE);
            ReservedStock stock = SalesRecords.reservedStock(em);
            List<ReservationEntity> reservations = SalesRecords.reservations(em, id);
            ChangeSet changes = new ChangeSet();
            for (SalesOrderLineEntity line : SalesRecords.linesInLockOrder(em, id)) {
                if (line.productType() == ProductType.SERVICE || line.backordered().signum() <= 0) {
                    continue;
                }
                int lastSeqNo = reservations.stream().filter(r -> r.orderLineId() == line.id())
                        .mapToInt(r -> r.seqNo()).max().orElse(0);
                BigDecimal taken = reserve(em, stock, order, line, line.backordered(), lastSeqNo);
                if (taken.signum() > 0) {
                    changes.compare("line " + line.lineNo() + " reserved", line.reserved(), line.reserved().add(taken))
                            .compare("line " + line.lineNo() + " backordered", line.backordered(),
                                    line.backordered().subtract(taken));
                    line.reserveBackordered(taken);
                }
            }
            if (!changes.isEmpty()) {
                em.flush();
                audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_SALES_ORDER,
                        Long.toString(order.id()), "RESERVE", changes.changes()));
            }
            return SalesRecords.view(em, order);
        });
    }

    /** Reserves up to {@code wanted} of the line, oldest stock first; returns how much it got. */
    private static BigDecimal reserve(EntityManager em, ReservedStock stock, SalesOrderEntity order,
            SalesOrderLineEntity line, BigDecimal wanted, int lastSeqNo) {
        return SalesRecords.sql("could not reserve stock of '" + line.sku() + "'", () -> {
            BigDecimal remaining = wanted;
            int seqNo = lastSeqNo;
            for (ReservedStock.Source source
                    : stock.sources(line.productId(), order.warehouseId(), order.warehouse())) {
                if (remaining.signum() <= 0) {
                    break;
                }
                BigDecimal taken = stock.reserveUpTo(line.productId(), source.locationId(), remaining,
                        source.available());
                if (taken.signum() > 0) {
                    em.persist(new ReservationEntity(line, source.locationId(), source.location(), ++seqNo, taken));
                    remaining = remaining.subtract(taken);
                }
            }
            return wanted.subtract(remaining);
        });
    }

    @Override
    public SalesOrder cancel(long id) {
        return Jpa.write(jpa, "Sales order " + id, em -> {
            SalesOrderEntity order = SalesRecords.lockOrder(em, id, "cancelling", CANCELLABLE);
            ChangeSet changes = new ChangeSet().compare("status", order.status(), SalesOrderStatus.CANCELLED);
            ReservedStock stock = SalesRecords.reservedStock(em);
            List<ReservationEntity> reservations = new ArrayList<>(SalesRecords.reservations(em, id));
            reservations.sort(Comparator.comparingLong((ReservationEntity r) -> r.productId())
                    .thenComparingLong(r -> r.locationId()));
            for (ReservationEntity reservation : reservations) {
                if (reservation.reserved().signum() == 0) {
                    continue;
                }
                boolean released = SalesRecords.sql("could not release stock", () -> stock.release(
                        reservation.productId(), reservation.locationId(), reservation.reserved()));
                if (!released) {
                    throw new IllegalStateException("stock row of product " + reservation.productId() + " at location "
                            + reservation.locationId() + " holds less than reservation " + reservation.id());
                }
                reservation.release();
            }
            for (SalesOrderLineEntity line : SalesRecords.lines(em, id)) {
                if (line.reserved().signum() > 0) {
                    changes.compare("line " + line.lineNo() + " released", null, line.reserved());
                }
                line.release();
            }
            order.cancel();
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, SalesDocuments.ENTITY_SALES_ORDER,
                    Long.toString(order.id()), "CANCEL", changes.changes()));
            return SalesRecords.view(em, order);
        });
    }
}
