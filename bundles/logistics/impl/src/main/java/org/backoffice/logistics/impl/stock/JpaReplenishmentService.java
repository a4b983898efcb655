package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.purchasing.PurchaseOrderStatus;
import org.backoffice.logistics.api.stock.ReorderRule;
import org.backoffice.logistics.api.stock.ReplenishmentService;
import org.backoffice.logistics.api.stock.ReplenishmentSuggestion;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.logistics.impl.PartnerRoles;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.JpaProductService;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.purchasing.PurchasingRules;
import org.backoffice.logistics.impl.warehouse.JpaWarehouseService;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Reorder rules on JPA and the purchase suggestions computed from them, the stock and the open purchase orders. */
@Component(service = ReplenishmentService.class)
public final class JpaReplenishmentService implements ReplenishmentService {

    private static final ReorderRule NONE = new ReorderRule(null, null, null, null, null, null, null);

    private final JpaTemplate jpa;
    private final AuditTrail audit;

    /** Present only while the partners module is installed; suppliers of reorder rules are then checked against it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartnerService partners;

    @Activate
    public JpaReplenishmentService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa,
            @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public ReorderRule put(String sku, String warehouse, ReorderRule rule) {
        Validator shape = new Validator();
        shape.check(rule.sku() == null || rule.sku().equals(sku), "sku", "must match the path ('" + sku + "')");
        shape.check(rule.warehouse() == null || rule.warehouse().equals(warehouse), "warehouse",
                "must match the path ('" + warehouse + "')");
        boolean minimum = shape.required("minimum", rule.minimum())
                && shape.check(rule.minimum().signum() >= 0, "minimum", "must be zero or more");
        boolean maximum = shape.required("maximum", rule.maximum())
                && shape.check(rule.maximum().signum() > 0, "maximum", "must be more than zero");
        if (minimum && maximum) {
            shape.check(rule.minimum().compareTo(rule.maximum()) <= 0, "minimum",
                    "must not exceed the maximum (" + rule.maximum().toPlainString() + ")");
        }
        if (rule.multiple() != null) {
            shape.check(rule.multiple().signum() > 0, "multiple", "must be more than zero");
        }
        shape.optionalText("supplier", rule.supplier(), PurchasingRules.SUPPLIER_LENGTH);
        shape.throwIfInvalid();
        PartnerService directory = partners;
        if (rule.supplier() != null) {
            PartnerRoles.refusal(directory, rule.supplier(), PartnerRole.SUPPLIER).ifPresent(reason -> {
                throw ValidationFailedException.of("supplier", reason);
            });
        }
        return Jpa.write(jpa, "Reorder rule " + sku + "@" + warehouse, em -> {
            ProductEntity product = JpaProductService.find(em, sku)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_PRODUCT, sku));
            WarehouseEntity place = JpaWarehouseService.find(em, warehouse)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_WAREHOUSE, warehouse));
            Validator v = new Validator();
            v.check(product.type() != ProductType.SERVICE, "sku", "product '" + sku
                    + "' is a SERVICE; services have no stock");
            UnitEntity uom = product.uom();
            precision(v, "minimum", rule.minimum(), uom);
            precision(v, "maximum", rule.maximum(), uom);
            precision(v, "multiple", rule.multiple(), uom);
            v.throwIfInvalid();
            ReorderRuleEntity entity = find(em, product.id(), place.code()).orElse(null);
            ReorderRule before = entity == null ? NONE : entity.toRule();
            if (entity == null) {
                entity = new ReorderRuleEntity(product, place);
                entity.apply(rule);
                em.persist(entity);
            } else {
                entity.apply(rule);
            }
            em.flush();
            ReorderRule after = entity.toRule();
            ChangeSet changes = new ChangeSet().compare("minimum", before.minimum(), after.minimum())
                    .compare("maximum", before.maximum(), after.maximum())
                    .compare("supplier", before.supplier(), after.supplier())
                    .compare("multiple", before.multiple(), after.multiple());
            if (!changes.isEmpty()) {
                audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_REORDER_RULE,
                        sku + "@" + place.code(), before == NONE ? AuditEntry.CREATE : AuditEntry.UPDATE,
                        changes.changes()));
            }
            return after;
        });
    }

    @Override
    public Page<ReorderRule> rules(String warehouse, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("ReorderRuleEntity", "r").equal("r.warehouse", warehouse)
                .page(em, ReorderRuleEntity.class, "r.warehouse, r.sku", page, ReorderRuleEntity::toRule));
    }

    @Override
    public void delete(String sku, String warehouse) {
        Jpa.write(jpa, "Reorder rule " + sku + "@" + warehouse, em -> {
            ProductEntity product = JpaProductService.find(em, sku)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_PRODUCT, sku));
            ReorderRuleEntity rule = find(em, product.id(), warehouse).orElseThrow(() -> new NotFoundProblem(
                    LogisticsModule.ENTITY_REORDER_RULE, sku + "@" + warehouse));
            ReorderRule before = rule.toRule();
            em.remove(rule);
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_REORDER_RULE,
                    sku + "@" + warehouse, AuditEntry.DELETE, new ChangeSet()
                            .compare("minimum", before.minimum(), null).compare("maximum", before.maximum(), null)
                            .compare("supplier", before.supplier(), null)
                            .compare("multiple", before.multiple(), null).changes()));
            return null;
        });
    }

    @Override
    public List<ReplenishmentSuggestion> suggest(String warehouse) {
        String scope = warehouse == null || warehouse.isBlank() ? null : warehouse.trim();
        return Jpa.read(jpa, em -> {
            if (scope != null && JpaWarehouseService.find(em, scope).isEmpty()) {
                throw new NotFoundProblem(LogisticsModule.ENTITY_WAREHOUSE, scope);
            }
            TypedQuery<ReorderRuleEntity> query = em.createQuery("SELECT r FROM ReorderRuleEntity r"
                    + (scope == null ? "" : " WHERE r.warehouse = :warehouse") + " ORDER BY r.warehouse, r.sku",
                    ReorderRuleEntity.class);
            if (scope != null) {
                query.setParameter("warehouse", scope);
            }
            Connection connection = em.unwrap(Connection.class);
            List<ReplenishmentSuggestion> suggestions = new ArrayList<>();
            for (ReorderRuleEntity rule : query.getResultList()) {
                BigDecimal available;
                try {
                    available = WarehouseStock.available(connection, rule.productId(), rule.warehouseId());
                } catch (SQLException e) {
                    throw new PersistenceException("could not read the stock of " + rule.sku(), e);
                }
                BigDecimal onOrder = onOrder(em, rule.productId(), rule.warehouseId());
                Optional<BigDecimal> quantity = ReplenishmentMath.suggestion(available, onOrder, rule.minimum(),
                        rule.maximum(), rule.multiple());
                if (quantity.isPresent()) {
                    UnitEntity uom = rule.uom();
                    suggestions.add(new ReplenishmentSuggestion(rule.sku(), rule.warehouse(), uom.code(),
                            Quantities.display(available, uom), Quantities.display(onOrder, uom),
                            Quantities.display(rule.minimum(), uom), Quantities.display(rule.maximum(), uom),
                            Quantities.display(rule.multiple(), uom), Quantities.display(quantity.get(), uom),
                            rule.supplier()));
                }
            }
            return suggestions;
        });
    }

    /** Ordered but not yet received on SENT and PARTIALLY_RECEIVED orders for the warehouse. */
    private static BigDecimal onOrder(EntityManager em, long productId, long warehouseId) {
        BigDecimal open = em.createQuery("SELECT SUM(l.quantity - l.received) FROM PurchaseOrderLineEntity l,"
                + " PurchaseOrderEntity o WHERE l.orderId = o.id AND l.productId = :product"
                + " AND o.warehouseId = :warehouse AND o.status IN :statuses AND l.received < l.quantity",
                BigDecimal.class).setParameter("product", productId).setParameter("warehouse", warehouseId)
                .setParameter("statuses", List.of(PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED))
                .getSingleResult();
        return open == null ? BigDecimal.ZERO : open;
    }

    private static void precision(Validator v, String field, BigDecimal quantity, UnitEntity uom) {
        if (quantity != null) {
            Quantities.precision(v, field, quantity, uom);
            v.check(quantity.compareTo(Quantities.LIMIT) < 0, field, "must be less than 10^15");
        }
    }

    private static Optional<ReorderRuleEntity> find(EntityManager em, long productId, String warehouse) {
        return em.createQuery("SELECT r FROM ReorderRuleEntity r WHERE r.productId = :product"
                + " AND r.warehouse = :warehouse", ReorderRuleEntity.class).setParameter("product", productId)
                .setParameter("warehouse", warehouse).getResultStream().findFirst();
    }
}
