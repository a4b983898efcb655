package org.backoffice.it.impl.assets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.assets.Compliance;
import org.backoffice.it.api.assets.Licence;
import org.backoffice.it.api.assets.LicencePurchase;
import org.backoffice.it.api.assets.LicenceService;
import org.backoffice.it.api.assets.SeatAssignment;
import org.backoffice.it.impl.desk.ItConfig;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Licences and seats. A seat is given with the licence row locked, so the count of seats in use is exact when two
 * agents take the last one at once: the second waits, then finds none left (409).
 */
@Component(service = LicenceService.class, configurationPid = "org.backoffice.it")
public final class JpaLicenceService extends UnitTransactions implements LicenceService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;
    private volatile boolean allowOverAssignment;

    @Activate
    public JpaLicenceService(@Reference(target = "(osgi.unit.name=backoffice-it)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events, ItConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        configure(config);
    }

    @Modified
    void configure(ItConfig config) {
        this.allowOverAssignment = config.allowOverAssignment();
    }

    @Override
    public Licence create(Licence licence) {
        AssetAccess.requireWriter();
        if (licence == null) {
            throw ValidationFailedException.of("licence", "is required");
        }
        AssetRules.check(licence).throwIfInvalid();
        return write(jpa, "licence", em -> {
            LicenceEntity l = new LicenceEntity();
            l.code = licence.code();
            l.product = licence.product().trim();
            l.vendor = licence.vendor();
            l.key = licence.key();
            l.type = licence.type();
            l.seats = licence.seats();
            l.expiry = licence.expiry();
            em.persist(l);
            em.flush();
            purchase(em, l, new LicencePurchase(l.code, LocalDate.now(), l.seats, l.expiry, null, null, "created"));
            audit.record(em, AuditEntry.of(ItModule.ID, ItModule.ENTITY_LICENCE, l.code, AuditEntry.CREATE,
                    new ChangeSet().created("product", l.product).created("seats", l.seats).changes()));
            return l.toLicence(AssetAccess.manager());
        });
    }

    @Override
    public Licence get(String code) {
        AssetAccess.requireReader();
        return read(jpa, em -> require(em, code).toLicence(AssetAccess.manager()));
    }

    @Override
    public List<Licence> list() {
        AssetAccess.requireReader();
        boolean withKey = AssetAccess.manager();
        return read(jpa, em -> em.createQuery("SELECT l FROM LicenceEntity l ORDER BY l.code", LicenceEntity.class)
                .getResultList().stream().map(l -> l.toLicence(withKey)).toList());
    }

    @Override
    public SeatAssignment assign(String code, String assignee) {
        AssetAccess.requireWriter();
        if (assignee == null || assignee.isBlank() || assignee.length() > 200) {
            throw ValidationFailedException.of("assignee", "is required (at most 200 characters)");
        }
        String who = assignee.trim();
        boolean allowOver = allowOverAssignment;
        return write(jpa, "seat", em -> {
            LicenceEntity l = require(em, code);
            em.refresh(l, LockModeType.PESSIMISTIC_WRITE);
            List<SeatEntity> active = active(em, l.id);
            if (active.stream().anyMatch(s -> s.assignee.equals(who))) {
                throw new ConflictProblem(who + " already holds a seat of " + l.code);
            }
            boolean over = active.size() >= l.seats;
            if (over && !allowOver) {
                throw new ConflictProblem("licence " + l.code + " has no free seat (" + l.seats + " owned, "
                        + active.size() + " used)", Map.of("seatsOwned", l.seats, "seatsUsed", active.size()));
            }
            SeatEntity s = new SeatEntity();
            s.licenceId = l.id;
            s.licenceCode = l.code;
            s.seat = AssetRules.nextSeat(active.stream().map(a -> a.seat).toList());
            s.assignee = who;
            s.assignedAt = Instant.now();
            s.overUse = over;
            em.persist(s);
            em.flush();
            audit.record(em, AuditEntry.of(ItModule.ID, ItModule.ENTITY_LICENCE, l.code, "ASSIGN_SEAT",
                    new ChangeSet().compare("seat " + s.seat, null, who).changes()));
            events.append(em, ItModule.TOPIC_SEAT_ASSIGNED, l.code, Map.of("licence", l.code, "seat", s.seat,
                    "assignee", who, "overUse", over));
            return s.toAssignment();
        });
    }

    @Override
    public SeatAssignment release(String code, String assignee) {
        AssetAccess.requireWriter();
        return write(jpa, "seat", em -> {
            LicenceEntity l = require(em, code);
            SeatEntity s = active(em, l.id).stream().filter(a -> a.assignee.equals(assignee)).findFirst()
                    .orElseThrow(() -> ValidationFailedException.of("assignee", "holds no seat of " + l.code));
            s.releasedAt = Instant.now();
            audit.record(em, AuditEntry.of(ItModule.ID, ItModule.ENTITY_LICENCE, l.code, "RELEASE_SEAT",
                    new ChangeSet().compare("seat " + s.seat, assignee, null).changes()));
            return s.toAssignment();
        });
    }

    @Override
    public List<SeatAssignment> seats(String code) {
        AssetAccess.requireReader();
        return read(jpa, em -> em.createQuery("SELECT s FROM SeatEntity s WHERE s.licenceId = :l ORDER BY s.seat,"
                + " s.id", SeatEntity.class).setParameter("l", require(em, code).id).getResultList().stream()
                .map(SeatEntity::toAssignment).toList());
    }

    @Override
    public List<Compliance> compliance() {
        AssetAccess.requireReader();
        LocalDate today = LocalDate.now();
        return read(jpa, em -> {
            List<Compliance> result = new ArrayList<>();
            Map<Long, Long> used = new java.util.HashMap<>();
            for (Object[] row : em.createQuery("SELECT s.licenceId, COUNT(s) FROM SeatEntity s WHERE s.releasedAt IS"
                    + " NULL GROUP BY s.licenceId", Object[].class).getResultList()) {
                used.put((Long) row[0], ((Number) row[1]).longValue());
            }
            for (LicenceEntity l : em.createQuery("SELECT l FROM LicenceEntity l ORDER BY l.code",
                    LicenceEntity.class).getResultList()) {
                int inUse = used.getOrDefault(l.id, 0L).intValue();
                result.add(new Compliance(l.code, l.product, l.seats, inUse, Math.max(0, inUse - l.seats), l.expiry,
                        l.expiry != null && l.expiry.isBefore(today)));
            }
            return result;
        });
    }

    @Override
    public Licence renew(String code, LicencePurchase purchase) {
        AssetAccess.requireWriter();
        if (purchase == null) {
            throw ValidationFailedException.of("purchase", "is required");
        }
        AssetRules.check(purchase).throwIfInvalid();
        return write(jpa, "licence", em -> {
            LicenceEntity l = require(em, code);
            em.refresh(l, LockModeType.PESSIMISTIC_WRITE);
            ChangeSet changes = new ChangeSet();
            int seats = purchase.seats() == null ? 0 : purchase.seats();
            changes.compare("seats", l.seats, l.seats + seats);
            l.seats += seats;
            if (purchase.expiry() != null) {
                changes.compare("expiry", l.expiry, purchase.expiry());
                l.expiry = purchase.expiry();
            }
            purchase(em, l, purchase);
            audit.record(em, AuditEntry.of(ItModule.ID, ItModule.ENTITY_LICENCE, l.code, "RENEW", changes.changes()));
            return l.toLicence(AssetAccess.manager());
        });
    }

    @Override
    public List<LicencePurchase> purchases(String code) {
        AssetAccess.requireReader();
        return read(jpa, em -> em.createQuery("SELECT p FROM PurchaseEntity p WHERE p.licenceId = :l ORDER BY p.id",
                PurchaseEntity.class).setParameter("l", require(em, code).id).getResultList().stream()
                .map(PurchaseEntity::toPurchase).toList());
    }

    private static void purchase(EntityManager em, LicenceEntity l, LicencePurchase purchase) {
        PurchaseEntity p = new PurchaseEntity();
        p.licenceId = l.id;
        p.licenceCode = l.code;
        p.date = purchase.date() == null ? LocalDate.now() : purchase.date();
        p.seats = purchase.seats() == null ? 0 : purchase.seats();
        p.expiry = purchase.expiry();
        p.cost = purchase.cost();
        p.currency = purchase.currency();
        p.note = purchase.note();
        em.persist(p);
    }

    private static List<SeatEntity> active(EntityManager em, long licenceId) {
        return em.createQuery("SELECT s FROM SeatEntity s WHERE s.licenceId = :l AND s.releasedAt IS NULL",
                SeatEntity.class).setParameter("l", licenceId).getResultList();
    }

    private static LicenceEntity require(EntityManager em, String code) {
        return em.createQuery("SELECT l FROM LicenceEntity l WHERE l.code = :c", LicenceEntity.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundProblem(ItModule.ENTITY_LICENCE, code));
    }
}
