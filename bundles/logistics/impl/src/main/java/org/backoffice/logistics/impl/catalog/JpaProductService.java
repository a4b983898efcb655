package org.backoffice.logistics.impl.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductQuery;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.api.catalog.UnitConversion;
import org.backoffice.logistics.api.catalog.UnitService;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Products on JPA: each change writes the product, its audit record and its event in one transaction. It needs the
 * unit service only to be sure the units are seeded before the first product is written.
 */
@Component(service = ProductService.class)
public final class JpaProductService implements ProductService {

    private final JpaTemplate jpa;
    private final AuditedChanges<Product> changes;

    @Activate
    public JpaProductService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events, @Reference UnitService units) {
        this.jpa = jpa;
        this.changes = new AuditedChanges<>(audit, events, new ProductChanges());
    }

    @Override
    public Product create(Product product) {
        ProductRules.check(product, true);
        return Jpa.write(jpa, "Product '" + product.sku() + "'", em -> {
            if (find(em, product.sku()).isPresent()) {
                throw new ConflictProblem("a product with SKU '" + product.sku() + "' already exists",
                        Map.of("field", "sku"));
            }
            UnitEntity unit = JpaUnitService.usable(em, "uom", product.uom(), null);
            checkGtinFree(em, product.gtin(), null);
            ProductEntity entity = ProductEntity.create(product, unit, Instant.now());
            em.persist(entity);
            return changes.created(em, entity, ProductEntity::toProduct, LogisticsModule.TOPIC_PRODUCT_CREATED);
        });
    }

    @Override
    public Optional<Product> get(String sku) {
        return Jpa.read(jpa, em -> find(em, sku).map(ProductEntity::toProduct));
    }

    @Override
    public Product require(String sku) {
        return get(sku).orElseThrow(() -> notFound(sku));
    }

    @Override
    public Page<Product> find(ProductQuery query, PageRequest page) {
        PagedQuery select = PagedQuery.of("ProductEntity", "p")
                .equal("p.type", query.type())
                .equal("p.active", query.active())
                .where("(LOWER(p.sku) LIKE :value ESCAPE '!' OR LOWER(p.name) LIKE :value ESCAPE '!'"
                        + " OR p.gtin LIKE :value ESCAPE '!')", PagedQuery.containing(query.text()));
        return Jpa.read(jpa, em -> select.page(em, ProductEntity.class, "p.sku", page, ProductEntity::toProduct));
    }

    @Override
    public Product update(String sku, Product product) {
        if (product.sku() != null && !product.sku().equals(sku)) {
            throw ValidationFailedException.of("sku", "cannot be changed (the path names '" + sku + "')");
        }
        changes.requireVersion(sku, product.version(), null);
        ProductRules.check(product, false);
        Instant now = Instant.now();
        return Jpa.write(jpa, "Product '" + sku + "'", em -> {
            ProductEntity entity = requireEntity(em, sku);
            changes.requireVersion(sku, product.version(), entity.version());
            checkGtinFree(em, product.gtin(), entity.id());
            UnitEntity unit = JpaUnitService.usable(em, "uom", product.uom(), entity.uom());
            if (unit != entity.uom() && hasMoves(em, entity.id())) {
                throw new ConflictProblem("product '" + sku + "' has stock moves; its unit of measure cannot change",
                        Map.of("field", "uom"));
            }
            if (product.type() == ProductType.SERVICE && entity.type() != ProductType.SERVICE
                    && hasStock(em, entity.id())) {
                throw new ConflictProblem("product '" + sku + "' has stock; it cannot become a SERVICE",
                        Map.of("field", "type"));
            }
            return changes.change(em, entity, ProductEntity::toProduct, e -> e.apply(product, unit, now),
                    AuditEntry.UPDATE, LogisticsModule.TOPIC_PRODUCT_UPDATED);
        });
    }

    @Override
    public Product deactivate(String sku) {
        return setActive(sku, false, "DEACTIVATE");
    }

    @Override
    public Product activate(String sku) {
        return setActive(sku, true, "ACTIVATE");
    }

    private Product setActive(String sku, boolean active, String action) {
        Instant now = Instant.now();
        // activating an active product changes nothing, so it is neither audited nor announced
        return Jpa.write(jpa, "Product '" + sku + "'", em -> changes.change(em, requireEntity(em, sku),
                ProductEntity::toProduct, e -> e.setActive(active, now), action,
                LogisticsModule.TOPIC_PRODUCT_UPDATED));
    }

    @Override
    public List<UnitConversion> conversions(String sku) {
        return Jpa.read(jpa, em -> UnitConversions.all(em, requireEntity(em, sku).id()).stream()
                .map(ProductUnitEntity::toConversion).toList());
    }

    @Override
    public UnitConversion setConversion(String sku, UnitConversion conversion) {
        UnitRules.check(conversion);
        return Jpa.write(jpa, "Product '" + sku + "'", em -> {
            ProductEntity product = requireEntity(em, sku);
            UnitEntity unit = JpaUnitService.usable(em, "unit", conversion.unit(), null);
            if (unit == product.uom()) {
                throw ValidationFailedException.of("unit", "is the product's own unit; a conversion names another");
            }
            ProductUnitEntity stored = UnitConversions.find(em, product.id(), unit.code());
            String before = stored == null ? null : stored.toConversion().factor().toPlainString();
            if (stored == null) {
                stored = new ProductUnitEntity(product.id(), unit.code(), conversion.factor());
                em.persist(stored);
            } else {
                stored.setFactor(conversion.factor());
            }
            em.flush();
            UnitConversion after = stored.toConversion();
            recordConversion(em, product, unit.code(), before, after.factor().toPlainString(), "SET_UNIT");
            return after;
        });
    }

    @Override
    public void removeConversion(String sku, String unit) {
        Jpa.write(jpa, "Product '" + sku + "'", em -> {
            ProductEntity product = requireEntity(em, sku);
            ProductUnitEntity stored = UnitConversions.find(em, product.id(), unit);
            if (stored == null) {
                throw new NotFoundProblem("UnitConversion", sku + "/" + unit);
            }
            String before = stored.toConversion().factor().toPlainString();
            em.remove(stored);
            em.flush();
            recordConversion(em, product, unit, before, null, "REMOVE_UNIT");
            return null;
        });
    }

    @Override
    public BigDecimal toProductUnit(String sku, String unit, BigDecimal quantity) {
        return Jpa.read(jpa, em -> {
            ProductEntity product = requireEntity(em, sku);
            Validator v = new Validator();
            UnitConversions.Converted converted = UnitConversions.convert(em, v, "", product, unit, quantity);
            v.throwIfInvalid();
            return converted.quantity();
        });
    }

    /** A conversion is part of the product: audited and announced as a change of field {@code units.<code>}. */
    private void recordConversion(EntityManager em, ProductEntity product, String unit, String before, String after,
            String action) {
        changes.record(em, product.toProduct(), action,
                new ChangeSet().compare("units." + unit, before, after).changes(),
                LogisticsModule.TOPIC_PRODUCT_UPDATED);
    }

    private static void checkGtinFree(EntityManager em, String gtin, Long ownId) {
        if (gtin == null) {
            return;
        }
        List<ProductEntity> holders = em.createQuery("SELECT p FROM ProductEntity p WHERE p.gtin = :gtin",
                ProductEntity.class).setParameter("gtin", gtin).getResultList();
        for (ProductEntity holder : holders) {
            if (ownId == null || holder.id() != ownId) {
                throw new ConflictProblem("GTIN " + gtin + " already belongs to product '" + holder.sku() + "'",
                        Map.of("field", "gtin"));
            }
        }
    }

    private static boolean hasMoves(EntityManager em, long productId) {
        return !em.createQuery("SELECT m.id FROM StockMoveEntity m WHERE m.productId = :product", Long.class)
                .setParameter("product", productId).setMaxResults(1).getResultList().isEmpty();
    }

    private static boolean hasStock(EntityManager em, long productId) {
        return !em.createQuery("SELECT s.productId FROM StockEntity s WHERE s.productId = :product"
                + " AND (s.onHand <> :zero OR s.reserved <> :zero)", Long.class)
                .setParameter("product", productId).setParameter("zero", BigDecimal.ZERO)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static NotFoundProblem notFound(String sku) {
        return new NotFoundProblem(LogisticsModule.ENTITY_PRODUCT, sku);
    }

    private static ProductEntity requireEntity(EntityManager em, String sku) {
        return find(em, sku).orElseThrow(() -> notFound(sku));
    }

    public static Optional<ProductEntity> find(EntityManager em, String sku) {
        if (sku == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM ProductEntity p WHERE p.sku = :sku", ProductEntity.class)
                .setParameter("sku", sku).getResultStream().findFirst();
    }
}
