package org.backoffice.it.impl.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.it.api.Category;
import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.ServiceDeskSetup;
import org.backoffice.it.api.SlaPolicy;
import org.backoffice.it.api.SupportGroup;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Categories, groups and SLA policies (it-manager writes, audited), and the SLA scan. */
@Component(service = ServiceDeskSetup.class)
public final class JpaServiceDeskSetup extends UnitTransactions implements ServiceDeskSetup {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    private static final String SCAN = "SLA_SCAN";

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;
    private final CalendarService calendars;
    private final SlaTargets sla;

    @Activate
    public JpaServiceDeskSetup(@Reference(target = "(osgi.unit.name=backoffice-it)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events, @Reference CalendarService calendars) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.calendars = calendars;
        this.sla = new SlaTargets(calendars::time);
    }

    private static void requireManager() {
        ItCaller caller = ItCaller.current(user -> java.util.Set.of());
        if (!caller.manager()) {
            throw new ForbiddenProblem("only " + ItModule.MANAGER + " changes the service desk's configuration");
        }
    }

    @Override
    public List<Category> categories() {
        return read(jpa, em -> em.createQuery("SELECT c FROM CategoryEntity c ORDER BY c.code", CategoryEntity.class)
                .getResultList().stream().map(CategoryEntity::toCategory).toList());
    }

    @Override
    public Category saveCategory(Category category) {
        requireManager();
        Validator v = codeAndName(category == null ? null : category.code(), category == null ? null : category.name());
        v.throwIfInvalid();
        return write(jpa, "category", em -> {
            if (category.parent() != null && (em.find(CategoryEntity.class, category.parent()) == null
                    || DeskStore.categoryPath(em, category.parent()).contains(category.code()))) {
                throw ValidationFailedException.of("parent", "must be an existing category that is not below this one");
            }
            CategoryEntity c = em.find(CategoryEntity.class, category.code());
            CategoryEntity before = c;
            if (c == null) {
                c = new CategoryEntity();
                c.code = category.code();
                em.persist(c);
            }
            ChangeSet changes = new ChangeSet().compare("name", before == null ? null : c.name, category.name())
                    .compare("parent", before == null ? null : c.parent, category.parent());
            c.name = category.name().trim();
            c.parent = category.parent();
            em.flush();
            audited(em, ItModule.ENTITY_CATEGORY, c.code, before == null, changes);
            return c.toCategory();
        });
    }

    @Override
    public List<SupportGroup> groups() {
        return read(jpa, em -> em.createQuery("SELECT g FROM GroupEntity g ORDER BY g.code", GroupEntity.class)
                .getResultList().stream().map(GroupEntity::toGroup).toList());
    }

    @Override
    public SupportGroup saveGroup(SupportGroup group) {
        requireManager();
        Validator v = codeAndName(group == null ? null : group.code(), group == null ? null : group.name());
        if (group != null && group.members() != null) {
            for (String member : group.members()) {
                v.check(member != null && !member.isBlank() && member.length() <= 200 && !member.contains("\n"),
                        "members", "must be user names of at most 200 characters");
            }
        }
        v.throwIfInvalid();
        String members = group.members() == null ? "" : group.members().stream().map(String::trim).distinct()
                .collect(Collectors.joining("\n"));
        return write(jpa, "group", em -> {
            GroupEntity g = em.find(GroupEntity.class, group.code());
            boolean created = g == null;
            if (created) {
                g = new GroupEntity();
                g.code = group.code();
                em.persist(g);
            }
            ChangeSet changes = new ChangeSet().compare("name", created ? null : g.name, group.name())
                    .compare("members", created ? null : g.members, members);
            g.name = group.name().trim();
            g.members = members;
            em.flush();
            audited(em, ItModule.ENTITY_GROUP, g.code, created, changes);
            return g.toGroup();
        });
    }

    @Override
    public List<SlaPolicy> policies() {
        return read(jpa, em -> em.createQuery("SELECT p FROM PolicyEntity p ORDER BY p.rank, p.code",
                PolicyEntity.class).getResultList().stream().map(PolicyEntity::toPolicy).toList());
    }

    @Override
    public SlaPolicy savePolicy(SlaPolicy policy) {
        requireManager();
        Validator v = codeAndName(policy == null ? null : policy.code(), policy == null ? null : policy.name());
        if (policy == null) {
            v.throwIfInvalid();
        }
        Duration response = target(v, "firstResponse", policy.firstResponse());
        Duration resolution = target(v, "resolution", policy.resolution());
        v.range("priority", policy.priority(), 1, 4);
        v.range("rank", policy.rank(), 0, 10_000);
        List<Integer> warnings = policy.warnings() == null ? List.of(75, 90) : policy.warnings();
        for (Integer w : warnings) {
            v.check(w != null && w > 0 && w < 100, "warnings", "must be percentages between 1 and 99");
        }
        String calendar = policy.calendar() == null ? CalendarService.DEFAULT : policy.calendar();
        if (v.check(calendars.find(calendar).isPresent(), "calendar", "must be an existing calendar")) {
            BusinessTime time = calendars.time(calendar);
            try {
                time.addWorkingTime(Instant.now(), Duration.ofSeconds(1));
            } catch (IllegalStateException e) {
                v.reject("calendar", "must have working time (it has no working windows)");
            }
        }
        v.throwIfInvalid();
        return write(jpa, "policy", em -> {
            Validator refs = new Validator();
            if (policy.category() != null) {
                refs.check(em.find(CategoryEntity.class, policy.category()) != null, "category",
                        "must be an existing category");
            }
            if (policy.requesterGroup() != null) {
                refs.check(em.find(GroupEntity.class, policy.requesterGroup()) != null, "requesterGroup",
                        "must be an existing support group");
            }
            refs.throwIfInvalid();
            PolicyEntity p = em.find(PolicyEntity.class, policy.code());
            boolean created = p == null;
            if (created) {
                p = new PolicyEntity();
                p.code = policy.code();
                em.persist(p);
            }
            String warningText = warnings.stream().sorted().distinct().map(String::valueOf)
                    .collect(Collectors.joining(","));
            ChangeSet changes = new ChangeSet()
                    .compare("firstResponseSeconds", created ? null : p.firstResponseSeconds, response.getSeconds())
                    .compare("resolutionSeconds", created ? null : p.resolutionSeconds, resolution.getSeconds())
                    .compare("calendar", created ? null : p.calendar, calendar)
                    .compare("warnings", created ? null : p.warnings, warningText);
            p.name = policy.name().trim();
            p.rank = policy.rank() == null ? 100 : policy.rank();
            p.priority = policy.priority();
            p.category = policy.category();
            p.requesterGroup = policy.requesterGroup();
            p.calendar = calendar;
            p.firstResponseSeconds = response.getSeconds();
            p.resolutionSeconds = resolution.getSeconds();
            p.warnings = warningText;
            p.pauseOnWaiting = policy.pauseOnWaiting() == null || policy.pauseOnWaiting();
            em.flush();
            audited(em, ItModule.ENTITY_POLICY, p.code, created, changes);
            retargetOpenTickets(em, p);
            return p.toPolicy();
        });
    }

    /** Open tickets on this policy take its new targets from now; what they consumed stays. */
    private void retargetOpenTickets(EntityManager em, PolicyEntity p) {
        Instant now = JpaTicketService.now();
        for (TicketEntity t : em.createQuery("SELECT t FROM TicketEntity t WHERE t.policy = :p AND t.status NOT IN"
                + " ('RESOLVED', 'CLOSED')", TicketEntity.class).setParameter("p", p.code).getResultList()) {
            sla.retarget(em, t, p, now);
        }
    }

    private static Duration target(Validator v, String field, String text) {
        if (!v.required(field, text)) {
            return Duration.ZERO;
        }
        try {
            Duration d = Duration.parse(text.trim());
            v.check(!d.isNegative() && !d.isZero() && d.getNano() == 0, field,
                    "must be a positive duration of whole seconds, e.g. PT4H");
            return d;
        } catch (DateTimeParseException e) {
            v.reject(field, "must be an ISO-8601 duration such as PT4H or PT30M");
            return Duration.ZERO;
        }
    }

    private static Validator codeAndName(String code, String name) {
        Validator v = new Validator();
        if (v.required("code", code)) {
            v.matches("code", code, CODE, "must be upper-case letters, digits, '-' or '_' (at most 40)");
        }
        v.requiredText("name", name, 200);
        return v;
    }

    private void audited(EntityManager em, String entity, String id, boolean created, ChangeSet changes) {
        if (!changes.isEmpty()) {
            audit.record(em, AuditEntry.of(ItModule.ID, entity, id, created ? AuditEntry.CREATE : AuditEntry.UPDATE,
                    changes.changes()));
        }
    }

    /**
     * One scan: the scan row is locked for the transaction, so on a cluster the nodes scan one after the other and
     * the second finds nothing left to send; what was sent is stored with the event, so a restart sends nothing twice.
     */
    @Override
    public int scan() {
        return write(jpa, "SLA scan", em -> {
            ScanLockEntity lock = em.find(ScanLockEntity.class, SCAN, LockModeType.PESSIMISTIC_WRITE);
            if (lock == null) {
                lock = new ScanLockEntity();
                lock.name = SCAN;
                em.persist(lock);
                em.flush();
            }
            Instant now = JpaTicketService.now();
            lock.lastRun = now;
            Map<Long, String> numbers = new HashMap<>();
            return sla.scan(em, events, now, numbers);
        });
    }
}
