package org.backoffice.logistics.impl.warehouse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.platform.api.Address;
import org.backoffice.logistics.api.warehouse.Location;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.api.warehouse.WarehouseService;
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
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Warehouses and their location trees on JPA. */
@Component(service = WarehouseService.class)
public final class JpaWarehouseService implements WarehouseService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;

    @Activate
    public JpaWarehouseService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public Warehouse create(Warehouse warehouse) {
        WarehouseRules.check(warehouse);
        return Jpa.write(jpa, "Warehouse '" + warehouse.code() + "'", em -> {
            if (find(em, warehouse.code()).isPresent()) {
                throw new ConflictProblem("a warehouse with code '" + warehouse.code() + "' already exists",
                        Map.of("field", "code"));
            }
            Instant now = Instant.now();
            WarehouseEntity entity = new WarehouseEntity(warehouse, now);
            em.persist(entity);
            em.flush();
            LocationEntity root = new LocationEntity(entity.id(), warehouse.code(), warehouse.name(), null, true, now);
            em.persist(root);
            em.flush();
            em.persist(new LocationEntity(entity.id(), warehouse.receivingLocation(), "Receiving", root.id(), true,
                    now));
            em.persist(new LocationEntity(entity.id(), warehouse.shippingLocation(), "Shipping", root.id(), true,
                    now));
            em.flush();
            Warehouse created = entity.toWarehouse();
            ChangeSet changes = new ChangeSet().created("code", created.code()).created("name", created.name())
                    .compare("address", Address.NONE, created.address());
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_WAREHOUSE, created.code(),
                    AuditEntry.CREATE, changes.changes()));
            events.append(em, LogisticsModule.TOPIC_WAREHOUSE_CREATED, created.code(), Map.of("code", created.code(),
                    "name", created.name(), "locations", List.of(created.code(), created.receivingLocation(),
                            created.shippingLocation())));
            return created;
        });
    }

    @Override
    public Optional<Warehouse> get(String code) {
        return Jpa.read(jpa, em -> find(em, code).map(WarehouseEntity::toWarehouse));
    }

    @Override
    public Warehouse require(String code) {
        return get(code).orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_WAREHOUSE, code));
    }

    @Override
    public Page<Warehouse> find(PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("WarehouseEntity", "w")
                .page(em, WarehouseEntity.class, "w.code", page, WarehouseEntity::toWarehouse));
    }

    @Override
    public List<Location> locations(String warehouse) {
        return Jpa.read(jpa, em -> {
            WarehouseEntity entity = find(em, warehouse)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_WAREHOUSE, warehouse));
            return tree(entity.code(), locationsOf(em, entity.id()));
        });
    }

    @Override
    public Location addLocation(String warehouse, Location location) {
        WarehouseRules.check(warehouse, location);
        return Jpa.write(jpa, "Location '" + location.code() + "' of warehouse '" + warehouse + "'", em -> {
            WarehouseEntity entity = find(em, warehouse)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_WAREHOUSE, warehouse));
            if (findLocation(em, entity.id(), location.code()).isPresent()) {
                throw new ConflictProblem("warehouse '" + warehouse + "' already has a location '" + location.code()
                        + "'", Map.of("field", "code"));
            }
            String parentCode = location.parent() == null ? warehouse : location.parent();
            LocationEntity parent = findLocation(em, entity.id(), parentCode)
                    .orElseThrow(() -> ValidationFailedException.of("parent", "location '" + parentCode
                            + "' does not exist in warehouse '" + warehouse + "'"));
            boolean active = location.active() == null || location.active();
            LocationEntity created = new LocationEntity(entity.id(), location.code(), location.name(), parent.id(),
                    active, Instant.now());
            em.persist(created);
            em.flush();
            audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_LOCATION,
                    warehouse + "/" + location.code(), AuditEntry.CREATE, new ChangeSet()
                            .created("name", location.name()).created("parent", parentCode)
                            .created("active", active).changes()));
            return new Location(warehouse, created.code(), created.name(), parentCode, active);
        });
    }

    @Override
    public Warehouse update(String code, Warehouse warehouse) {
        if (warehouse.code() != null && !warehouse.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        if (warehouse.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        WarehouseRules.check(new Warehouse(code, warehouse.name(), warehouse.address(), warehouse.version()));
        return Jpa.write(jpa, "Warehouse '" + code + "'", em -> {
            WarehouseEntity entity = find(em, code)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_WAREHOUSE, code));
            if (entity.version() != warehouse.version()) {
                throw ConflictProblem.staleVersion(LogisticsModule.ENTITY_WAREHOUSE, code, warehouse.version(),
                        entity.version());
            }
            Warehouse before = entity.toWarehouse();
            entity.apply(warehouse);
            em.flush();
            Warehouse after = entity.toWarehouse();
            ChangeSet changes = new ChangeSet().compare("name", before.name(), after.name())
                    .compare("address", before.address(), after.address());
            if (!changes.isEmpty()) {
                audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_WAREHOUSE, code,
                        AuditEntry.UPDATE, changes.changes()));
            }
            return after;
        });
    }

    @Override
    public Location updateLocation(String warehouse, String code, Location location) {
        WarehouseRules.checkUpdate(warehouse, code, location);
        return Jpa.write(jpa, "Location '" + code + "' of warehouse '" + warehouse + "'", em -> {
            WarehouseEntity entity = find(em, warehouse)
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_WAREHOUSE, warehouse));
            List<LocationEntity> all = locationsOf(em, entity.id());
            LocationEntity target = all.stream().filter(l -> l.code().equals(code)).findFirst()
                    .orElseThrow(() -> new NotFoundProblem(LogisticsModule.ENTITY_LOCATION, warehouse + "/" + code));
            ChangeSet changes = new ChangeSet();
            if (location.name() != null && !location.name().equals(target.name())) {
                changes.compare("name", target.name(), location.name());
                target.rename(location.name());
            }
            if (location.active() != null && location.active() != target.active()) {
                if (!location.active()) {
                    checkDeactivatable(em, entity, target, all);
                }
                changes.compare("active", target.active(), location.active());
                target.activate(location.active());
            }
            if (!changes.isEmpty()) {
                em.flush();
                audit.record(em, AuditEntry.of(LogisticsModule.ID, LogisticsModule.ENTITY_LOCATION,
                        warehouse + "/" + code, AuditEntry.UPDATE, changes.changes()));
            }
            LocationEntity parent = all.stream().filter(l -> target.parentId() != null
                    && target.parentId() == l.id()).findFirst().orElse(null);
            return new Location(warehouse, target.code(), target.name(), parent == null ? null : parent.code(),
                    target.active());
        });
    }

    /** The defaults, a location holding stock and one with active children stay active. */
    private static void checkDeactivatable(EntityManager em, WarehouseEntity warehouse, LocationEntity location,
            List<LocationEntity> all) {
        String code = location.code();
        Warehouse view = warehouse.toWarehouse();
        if (code.equals(view.code()) || code.equals(view.receivingLocation()) || code.equals(view.shippingLocation())) {
            throw new ConflictProblem("location '" + code + "' is a default location of warehouse '" + view.code()
                    + "' and cannot be deactivated", Map.of("field", "active"));
        }
        if (all.stream().anyMatch(l -> l.parentId() != null && l.parentId() == location.id() && l.active())) {
            throw new ConflictProblem("location '" + code + "' has active locations below it; deactivate them first",
                    Map.of("field", "active"));
        }
        long holding = em.createQuery("SELECT COUNT(s) FROM StockEntity s WHERE s.locationId = :location"
                + " AND (s.onHand <> 0 OR s.reserved <> 0)", Long.class)
                .setParameter("location", location.id()).getSingleResult();
        if (holding > 0) {
            throw new ConflictProblem("location '" + code + "' still holds stock of " + holding
                    + " product(s); move it out first", Map.of("field", "active", "products", holding));
        }
    }

    /** Parents before children, siblings by code. */
    private static List<Location> tree(String warehouse, List<LocationEntity> all) {
        Map<Long, LocationEntity> byId = new HashMap<>();
        Map<Long, List<LocationEntity>> children = new HashMap<>();
        List<LocationEntity> roots = new ArrayList<>();
        for (LocationEntity location : all) {
            byId.put(location.id(), location);
        }
        for (LocationEntity location : all) {
            if (location.parentId() == null || !byId.containsKey(location.parentId())) {
                roots.add(location);
            } else {
                children.computeIfAbsent(location.parentId(), id -> new ArrayList<>()).add(location);
            }
        }
        List<Location> ordered = new ArrayList<>();
        roots.sort(Comparator.comparing(LocationEntity::code));
        for (LocationEntity root : roots) {
            walk(warehouse, root, byId, children, ordered);
        }
        return ordered;
    }

    private static void walk(String warehouse, LocationEntity location, Map<Long, LocationEntity> byId,
            Map<Long, List<LocationEntity>> children, List<Location> ordered) {
        LocationEntity parent = location.parentId() == null ? null : byId.get(location.parentId());
        ordered.add(new Location(warehouse, location.code(), location.name(), parent == null ? null : parent.code(),
                location.active()));
        List<LocationEntity> below = new ArrayList<>(children.getOrDefault(location.id(), List.of()));
        below.sort(Comparator.comparing(LocationEntity::code));
        for (LocationEntity child : below) {
            walk(warehouse, child, byId, children, ordered);
        }
    }

    public static Optional<WarehouseEntity> find(EntityManager em, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT w FROM WarehouseEntity w WHERE w.code = :code", WarehouseEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public static Optional<LocationEntity> findLocation(EntityManager em, long warehouseId, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM LocationEntity l WHERE l.warehouseId = :warehouse AND l.code = :code",
                LocationEntity.class).setParameter("warehouse", warehouseId).setParameter("code", code)
                .getResultStream().findFirst();
    }

    static List<LocationEntity> locationsOf(EntityManager em, long warehouseId) {
        return em.createQuery("SELECT l FROM LocationEntity l WHERE l.warehouseId = :warehouse", LocationEntity.class)
                .setParameter("warehouse", warehouseId).getResultList();
    }
}
