package org.backoffice.logistics.impl.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductQuery;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.impl.Jpa;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Products on JPA: each change writes the product, its audit record and its event in one transaction. */
@Component(service = ProductService.class)
public final class JpaProductService implements ProductService {

    private static final Product NONE = new Product(null, null, null, null, null, null, null, null, null, null);

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;

    @Activate
    public JpaProductService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public Product create(Product product) {
        ProductRules.check(product, true);
        return Jpa.write(jpa, "Product '" + product.sku() + "'", em -> {
            if (find(em, product.sku()).isPresent()) {
                throw new ConflictProblem("a product with SKU '" + product.sku() + "' already exists",
                        Map.of("field", "sku"));
            }
            checkGtinFree(em, product.gtin(), null);
            ProductEntity entity = ProductEntity.create(product, Instant.now());
            em.persist(entity);
            em.flush();
            Product created = entity.toProduct();
            record(em, created, AuditEntry.CREATE, changes(NONE, created), LogisticsModule.TOPIC_PRODUCT_CREATED);
            return created;
        });
    }

    @Override
    public Optional<Product> get(String sku) {
        return Jpa.read(jpa, em -> find(em, sku).map(ProductEntity::toProduct));
    }

    @Override
    public Product require(String sku) {
        return get(sku).orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_PRODUCT, sku));
    }

    @Override
    public Page<Product> find(ProductQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.type() != null) {
            conditions.add("p.type = :type");
            parameters.put("type", query.type());
        }
        if (query.active() != null) {
            conditions.add("p.active = :active");
            parameters.put("active", query.active());
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(LOWER(p.sku) LIKE :text ESCAPE '!' OR LOWER(p.name) LIKE :text ESCAPE '!'"
                    + " OR p.gtin LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + Jpa.escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return Jpa.read(jpa, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM ProductEntity p" + where, Long.class);
            TypedQuery<ProductEntity> select = em.createQuery(
                    "SELECT p FROM ProductEntity p" + where + " ORDER BY p.sku", ProductEntity.class);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                select.setParameter(name, value);
            });
            List<Product> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(ProductEntity::toProduct).toList();
            return Page.of(items, count.getSingleResult(), page);
        });
    }

    @Override
    public Product update(String sku, Product product) {
        if (product.sku() != null && !product.sku().equals(sku)) {
            throw ValidationFailedException.of("sku", "cannot be changed (the path names '" + sku + "')");
        }
        if (product.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        ProductRules.check(product, false);
        return Jpa.write(jpa, "Product '" + sku + "'", em -> {
            ProductEntity entity = find(em, sku)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_PRODUCT, sku));
            if (entity.version() != product.version()) {
                throw ConflictProblem.staleVersion(LogisticsModule.ENTITY_PRODUCT, sku, product.version(),
                        entity.version());
            }
            checkGtinFree(em, product.gtin(), entity.id());
            if (product.uom() != entity.uom() && hasMoves(em, entity.id())) {
                throw new ConflictProblem("product '" + sku + "' has stock moves; its unit of measure cannot change",
                        Map.of("field", "uom"));
            }
            if (product.type() == ProductType.SERVICE && entity.type() != ProductType.SERVICE
                    && hasStock(em, entity.id())) {
                throw new ConflictProblem("product '" + sku + "' has stock; it cannot become a SERVICE",
                        Map.of("field", "type"));
            }
            Product before = entity.toProduct();
            entity.apply(product, Instant.now());
            return recordUpdate(em, entity, before, AuditEntry.UPDATE);
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
        return Jpa.write(jpa, "Product '" + sku + "'", em -> {
            ProductEntity entity = find(em, sku)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_PRODUCT, sku));
            Product before = entity.toProduct();
            if (entity.active() == active) {
                return before; // nothing to change, nothing to audit
            }
            entity.setActive(active, Instant.now());
            return recordUpdate(em, entity, before, action);
        });
    }

    private Product recordUpdate(EntityManager em, ProductEntity entity, Product before, String action) {
        em.flush(); // assigns the new version
        Product after = entity.toProduct();
        ChangeSet changes = changes(before, after);
        if (!changes.isEmpty()) {
            record(em, after, action, changes, LogisticsModule.TOPIC_PRODUCT_UPDATED);
        }
        return after;
    }

    private void record(EntityManager em, Product product, String action, ChangeSet changes, String topic) {
        audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_PRODUCT, product.sku(), action,
                changes.changes()));
        Map<String, Object> payload = new HashMap<>();
        payload.put("action", action);
        payload.put("sku", product.sku());
        payload.put("name", product.name());
        payload.put("uom", product.uom().name());
        payload.put("type", product.type().name());
        payload.put("active", product.active());
        payload.put("changedFields", changes.changes().stream().map(change -> change.field()).toList());
        // last step: the event log's sequence row stays locked until commit
        events.append(em, topic, product.sku(), payload);
    }

    private static ChangeSet changes(Product before, Product after) {
        return new ChangeSet()
                .compare("sku", before.sku(), after.sku())
                .compare("name", before.name(), after.name())
                .compare("uom", before.uom(), after.uom())
                .compare("type", before.type(), after.type())
                .compare("gtin", before.gtin(), after.gtin())
                .compare("standardCost", before.standardCost(), after.standardCost())
                .compare("listPrice", before.listPrice(), after.listPrice())
                .compare("currency", before.currency(), after.currency())
                .compare("active", before.active(), after.active());
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

    public static Optional<ProductEntity> find(EntityManager em, String sku) {
        if (sku == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM ProductEntity p WHERE p.sku = :sku", ProductEntity.class)
                .setParameter("sku", sku).getResultStream().findFirst();
    }
}
