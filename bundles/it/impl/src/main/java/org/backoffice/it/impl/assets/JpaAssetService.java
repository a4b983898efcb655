package org.backoffice.it.impl.assets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.AssetEvent;
import org.backoffice.it.api.assets.AssetQuery;
import org.backoffice.it.api.assets.AssetService;
import org.backoffice.it.api.assets.AssetStatus;
import org.backoffice.it.api.assets.Holdings;
import org.backoffice.it.impl.desk.ItConfig;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The asset register on JPA: every change in the asset's history, audited, with an event. */
@Component(service = AssetService.class, configurationPid = "org.backoffice.it")
public final class JpaAssetService extends UnitTransactions implements AssetService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;
    private volatile List<Integer> thresholds;

    /** Present only while HR is installed: holders are employee numbers then. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EmployeeService employees;

    @Activate
    public JpaAssetService(@Reference(target = "(osgi.unit.name=backoffice-it)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events, ItConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        configure(config);
    }

    @Modified
    void configure(ItConfig config) {
        this.thresholds = AssetRules.thresholds(config.expiryThresholdDays());
    }

    @Override
    public Asset create(Asset asset) {
        AssetAccess.requireWriter();
        if (asset == null) {
            throw ValidationFailedException.of("asset", "is required");
        }
        AssetRules.check(asset).throwIfInvalid();
        return write(jpa, "asset", em -> {
            AssetEntity a = new AssetEntity();
            a.tag = asset.tag();
            a.serial = asset.serial();
            a.model = asset.model();
            a.manufacturer = asset.manufacturer();
            a.category = asset.category().trim().toLowerCase(java.util.Locale.ROOT);
            a.purchaseDate = asset.purchaseDate();
            a.cost = asset.cost();
            a.currency = asset.currency();
            a.supplier = asset.supplier();
            a.warrantyEnd = asset.warrantyEnd();
            a.location = asset.location();
            a.status = AssetStatus.IN_STOCK.name();
            if (asset.attachedTo() != null) {
                require(em, asset.attachedTo());
                a.attachedTo = asset.attachedTo();
            }
            em.persist(a);
            em.flush();
            return changed(em, a, "CREATE", null, new ChangeSet().created("tag", a.tag).created("status", a.status));
        });
    }

    @Override
    public Asset get(String tag) {
        AssetAccess.requireReader();
        return read(jpa, em -> require(em, tag).toAsset());
    }

    @Override
    public Page<Asset> find(AssetQuery query, PageRequest page) {
        AssetAccess.requireReader();
        AssetQuery q = query == null ? new AssetQuery(null, null, null, null) : query;
        return read(jpa, em -> PagedQuery.of("AssetEntity", "a")
                .equal("a.status", q.status() == null ? null : q.status().name())
                .equal("a.category", q.category())
                .equal("a.holder", q.holder())
                .where("(LOWER(a.tag) LIKE :value ESCAPE '!' OR LOWER(a.serial) LIKE :value ESCAPE '!'"
                        + " OR LOWER(a.model) LIKE :value ESCAPE '!')", PagedQuery.containing(q.text()))
                .page(em, AssetEntity.class, "a.tag", page, AssetEntity::toAsset));
    }

    @Override
    public Asset changeStatus(String tag, AssetStatus status, String note) {
        AssetAccess.requireWriter();
        if (status == null) {
            throw ValidationFailedException.of("status", "is required");
        }
        return write(jpa, "asset", em -> {
            AssetEntity a = require(em, tag);
            AssetRules.requireMove(a.tag, AssetStatus.valueOf(a.status), status);
            ChangeSet changes = new ChangeSet().compare("status", a.status, status.name());
            a.status = status.name();
            return changed(em, a, "STATUS", note, changes);
        });
    }

    @Override
    public Asset checkOut(String tag, String holder) {
        AssetAccess.requireWriter();
        String who = holder(holder);
        return write(jpa, "asset", em -> {
            AssetEntity a = require(em, tag);
            AssetRules.requireCheckOut(a.tag, AssetStatus.valueOf(a.status));
            ChangeSet changes = new ChangeSet().compare("status", a.status, AssetStatus.ASSIGNED.name())
                    .compare("holder", a.holder, who);
            a.status = AssetStatus.ASSIGNED.name();
            a.holder = who;
            return changed(em, a, "CHECK_OUT", null, changes);
        });
    }

    @Override
    public Asset checkIn(String tag, String location) {
        AssetAccess.requireWriter();
        return write(jpa, "asset", em -> {
            AssetEntity a = require(em, tag);
            if (!AssetStatus.ASSIGNED.name().equals(a.status)) {
                throw new org.backoffice.platform.api.error.ConflictProblem("asset " + a.tag + " is " + a.status
                        + " and is not checked out", Map.of("assetStatus", a.status));
            }
            ChangeSet changes = new ChangeSet().compare("status", a.status, AssetStatus.IN_STOCK.name())
                    .compare("holder", a.holder, null).compare("location", a.location, location);
            a.status = AssetStatus.IN_STOCK.name();
            a.holder = null;
            if (location != null && !location.isBlank()) {
                a.location = location.trim();
            }
            return changed(em, a, "CHECK_IN", null, changes);
        });
    }

    @Override
    public Asset attach(String tag, String to) {
        AssetAccess.requireWriter();
        return write(jpa, "asset", em -> {
            AssetEntity a = require(em, tag);
            if (to != null) {
                AssetEntity parent = em.createQuery("SELECT a FROM AssetEntity a WHERE a.tag = :t", AssetEntity.class)
                        .setParameter("t", to).getResultList().stream().findFirst()
                        .orElseThrow(() -> ValidationFailedException.of("to", "must be an existing asset tag"));
                if (parent.id.equals(a.id)) {
                    throw ValidationFailedException.of("to", "must be another asset");
                }
            }
            ChangeSet changes = new ChangeSet().compare("attachedTo", a.attachedTo, to);
            a.attachedTo = to;
            return changed(em, a, "ATTACH", null, changes);
        });
    }

    @Override
    public List<AssetEvent> history(String tag) {
        AssetAccess.requireReader();
        return read(jpa, em -> {
            AssetEntity a = require(em, tag);
            return em.createQuery("SELECT h FROM AssetHistoryEntity h WHERE h.assetId = :a ORDER BY h.id",
                    AssetHistoryEntity.class).setParameter("a", a.id).getResultList().stream()
                    .map(h -> new AssetEvent(h.at, h.user, h.action, AssetStatus.valueOf(h.status), h.holder, h.note))
                    .toList();
        });
    }

    @Override
    public Holdings holdings(String holder) {
        AssetAccess.requireReader();
        String who = holder == null ? "" : holder.trim();
        return read(jpa, em -> new Holdings(who,
                em.createQuery("SELECT a FROM AssetEntity a WHERE a.holder = :h ORDER BY a.tag", AssetEntity.class)
                        .setParameter("h", who).getResultList().stream().map(AssetEntity::toAsset).toList(),
                em.createQuery("SELECT s FROM SeatEntity s WHERE s.assignee = :h AND s.releasedAt IS NULL"
                        + " ORDER BY s.licenceCode", SeatEntity.class).setParameter("h", who).getResultList()
                        .stream().map(SeatEntity::toAssignment).toList()));
    }

    @Override
    public List<String> expiryScan(LocalDate asOf) {
        AssetAccess.requireWriter();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return write(jpa, "expiry scan", em -> ExpiryScan.run(em, events, day, thresholds));
    }

    /** An employee number when HR is installed (422 when it is none), else a user name. */
    String holder(String holder) {
        if (holder == null || holder.isBlank() || holder.length() > 200) {
            throw ValidationFailedException.of("holder", "is required (at most 200 characters)");
        }
        String who = holder.trim();
        EmployeeService directory = employees;
        if (directory != null && directory.get(who, LocalDate.now()).isEmpty()) {
            throw ValidationFailedException.of("holder", "must be an employee number (HR is installed)");
        }
        return who;
    }

    static AssetEntity require(EntityManager em, String tag) {
        return em.createQuery("SELECT a FROM AssetEntity a WHERE a.tag = :t", AssetEntity.class)
                .setParameter("t", tag == null ? "" : tag.trim()).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundProblem(ItModule.ENTITY_ASSET, tag));
    }

    private Asset changed(EntityManager em, AssetEntity a, String action, String note, ChangeSet changes) {
        if (changes.isEmpty()) {
            return a.toAsset();
        }
        AssetHistoryEntity h = new AssetHistoryEntity();
        h.assetId = a.id;
        h.at = Instant.now();
        h.user = Actor.currentUser();
        h.action = action;
        h.status = a.status;
        h.holder = a.holder;
        h.note = note;
        em.persist(h);
        em.flush();
        audit.record(em, AuditEntry.of(ItModule.ID, ItModule.ENTITY_ASSET, a.tag, action, changes.changes()));
        events.append(em, ItModule.TOPIC_ASSET_CHANGED, a.tag, Map.of("tag", a.tag, "action", action,
                "status", a.status, "holder", a.holder == null ? "" : a.holder));
        return a.toAsset();
    }
}
