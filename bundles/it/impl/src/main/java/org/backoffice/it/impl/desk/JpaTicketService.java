package org.backoffice.it.impl.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.it.api.HistoryEntry;
import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.SlaTarget;
import org.backoffice.it.api.Ticket;
import org.backoffice.it.api.TicketComment;
import org.backoffice.it.api.TicketDraft;
import org.backoffice.it.api.TicketLink;
import org.backoffice.it.api.TicketQuery;
import org.backoffice.it.api.TicketService;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.it.impl.sla.PriorityMatrix;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/** Tickets on JPA: the workflow, comments, links and the SLA clocks that follow every transition. */
@Component(service = TicketService.class, configurationPid = "org.backoffice.it")
@Designate(ocd = ItConfig.class)
public final class JpaTicketService extends UnitTransactions implements TicketService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final NumberSeries numbers;
    private final AuditedChanges<Ticket> changes;
    private final SlaTargets sla;
    private volatile PriorityMatrix matrix;
    private volatile int reopenDays;

    /** Present only while the HR module is installed: requesters opened for by an agent are employees then. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EmployeeService employees;

    @Activate
    public JpaTicketService(@Reference(target = "(osgi.unit.name=backoffice-it)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events, @Reference NumberSeries numbers,
            @Reference CalendarService calendars, ItConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.numbers = numbers;
        this.changes = new AuditedChanges<>(audit, events, new TicketChanges());
        Function<String, BusinessTime> times = calendars::time;
        this.sla = new SlaTargets(times);
        configure(config);
    }

    @Modified
    void configure(ItConfig config) {
        this.matrix = PriorityMatrix.parse(config.priorityMatrix());
        this.reopenDays = config.reopenDays();
    }

    static Instant now() {
        return Instant.ofEpochSecond(Instant.now().getEpochSecond());
    }

    private ItCaller caller(EntityManager em) {
        return ItCaller.current(user -> DeskStore.groupsOf(em, user));
    }

    @Override
    public Ticket open(TicketDraft draft) {
        TicketRules.check(draft);
        String[] requester = requester(draft.requester());
        return write("ticket", em -> {
            ItCaller caller = caller(em);
            TicketRules.checkReferences(em, draft);
            Instant now = now();
            TicketEntity t = new TicketEntity();
            t.requester = draft.requester() == null || !caller.staff() ? caller.user() : requester[0];
            t.employee = draft.requester() == null || !caller.staff() ? null : requester[1];
            t.title = draft.title().trim();
            t.description = draft.description();
            t.category = draft.category();
            t.impact = draft.impact() == null ? 3 : draft.impact();
            t.urgency = draft.urgency() == null ? 3 : draft.urgency();
            t.priority = matrix.priority(t.impact, t.urgency);
            t.group = draft.group();
            t.status = (t.group == null ? TicketStatus.NEW : TicketStatus.ASSIGNED).name();
            t.createdAt = now;
            PolicyEntity policy = DeskStore.policyFor(em, t);
            t.policy = policy == null ? null : policy.code;
            t.number = numbers.nextFormatted(em, ItModule.TICKET_PREFIX, LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .getYear());
            em.persist(t);
            em.flush();
            if (policy != null) {
                sla.start(em, t, policy, now);
            }
            DeskStore.addRef(em, t.id, DeskStore.WATCHER, t.requester);
            return changes.created(em, t, e -> view(em, e), ItModule.TOPIC_TICKET_OPENED);
        });
    }

    /** The requester an agent names: an employee number when HR knows it (its user name then), else a user name. */
    private String[] requester(String given) {
        if (given == null || given.isBlank()) {
            return new String[] {null, null};
        }
        EmployeeService directory = employees;
        if (directory != null) {
            Employee employee = directory.get(given.trim(), LocalDate.now()).orElse(null);
            if (employee != null) {
                return new String[] {employee.user() == null ? employee.number() : employee.user(),
                        employee.number()};
            }
        }
        return new String[] {given.trim(), null};
    }

    private Ticket view(EntityManager em, TicketEntity t) {
        return DeskStore.view(em, t, SlaTargets.summaries(em, List.of(t.id), now()).get(t.id));
    }

    @Override
    public Ticket get(String number) {
        return read(jpa, em -> view(em, DeskStore.visible(em, caller(em), number)));
    }

    @Override
    public Page<Ticket> find(TicketQuery query, PageRequest page) {
        return read(jpa, em -> TicketQueries.find(em, caller(em), query, page, now()));
    }

    @Override
    public Ticket assign(String number, String group, String agent) {
        return act(number, "assign", (em, t, caller) -> {
            TicketRules.checkAssignment(em, group, agent);
            t.group = group;
            t.agent = agent == null || agent.isBlank() ? null : agent.trim();
            if (TicketStatus.NEW.name().equals(t.status)) {
                t.status = TicketStatus.ASSIGNED.name();
            }
        });
    }

    @Override
    public Ticket transition(String number, TicketStatus status, String note) {
        if (status == null) {
            throw ValidationFailedException.of("status", "is required: one of " + List.of(TicketStatus.values()));
        }
        return write("ticket", em -> {
            ItCaller caller = caller(em);
            TicketEntity t = DeskStore.visible(em, caller, number);
            TicketStatus from = TicketStatus.valueOf(t.status);
            TicketRules.checkTransition(caller, t, from, status, reopenDays, now());
            Instant now = now();
            Ticket result = changes.change(em, t, e -> view(em, e), e -> {
                e.status = status.name();
                if (status == TicketStatus.RESOLVED) {
                    e.resolvedAt = now;
                } else if (status == TicketStatus.CLOSED) {
                    e.closedAt = now;
                } else if (from == TicketStatus.RESOLVED) {
                    e.resolvedAt = null;
                }
                PolicyEntity policy = e.policy == null ? null : em.find(PolicyEntity.class, e.policy);
                sla.transition(em, e, from, status, policy == null || policy.pauseOnWaiting, now);
                if (caller.staff()) {
                    sla.responded(em, e, now);
                }
            }, AuditEntry.UPDATE, ItModule.TOPIC_TICKET_UPDATED);
            if (note != null && !note.isBlank()) {
                addComment(em, caller, t, note, false, now);
            }
            return result;
        });
    }

    @Override
    public Ticket classify(String number, Integer impact, Integer urgency, String category) {
        return act(number, "classify", (em, t, caller) -> {
            TicketRules.checkClassification(em, impact, urgency, category);
            if (impact != null) {
                t.impact = impact;
            }
            if (urgency != null) {
                t.urgency = urgency;
            }
            if (category != null) {
                t.category = category;
            }
            t.priority = matrix.priority(t.impact, t.urgency);
            PolicyEntity policy = DeskStore.policyFor(em, t);
            if (policy != null && !policy.code.equals(t.policy)) {
                if (t.policy == null) {
                    sla.start(em, t, policy, now());
                } else {
                    sla.retarget(em, t, policy, now());
                }
                t.policy = policy.code;
            }
        });
    }

    @Override
    public TicketComment comment(String number, String text, boolean internal) {
        TicketRules.checkComment(text);
        return write("comment", em -> {
            ItCaller caller = caller(em);
            TicketEntity t = DeskStore.visible(em, caller, number);
            if (internal && !caller.staff() || caller.viewer() && !caller.staff()
                    || caller.agent() && !caller.manager() && !TicketRules.inGroups(caller, t)) {
                throw new ForbiddenProblem("you may not comment on ticket " + t.number
                        + (internal ? " with an internal note" : ""));
            }
            Instant now = now();
            TicketComment comment = addComment(em, caller, t, text, internal, now);
            if (caller.staff() && !internal) {
                sla.responded(em, t, now);
            }
            if (!caller.staff() && TicketStatus.WAITING_ON_REQUESTER.name().equals(t.status)) {
                // the requester answered: the ticket is worked again and its clocks run
                changes.change(em, t, e -> view(em, e), e -> {
                    e.status = TicketStatus.IN_PROGRESS.name();
                    sla.transition(em, e, TicketStatus.WAITING_ON_REQUESTER, TicketStatus.IN_PROGRESS, true, now);
                }, AuditEntry.UPDATE, ItModule.TOPIC_TICKET_UPDATED);
            }
            return comment;
        });
    }

    private TicketComment addComment(EntityManager em, ItCaller caller, TicketEntity t, String text, boolean internal,
            Instant now) {
        CommentEntity c = new CommentEntity();
        c.ticketId = t.id;
        c.author = caller.user();
        c.text = text.trim();
        c.internal = internal;
        c.createdAt = now;
        em.persist(c);
        em.flush();
        audit.record(em, AuditEntry.of(ItModule.ID, ItModule.ENTITY_TICKET, t.number, "COMMENT",
                List.of(new FieldChange(internal ? "internalNote" : "comment", null, "#" + c.id))));
        return new TicketComment(c.id, c.author, c.text, c.internal, c.createdAt);
    }

    @Override
    public List<TicketComment> comments(String number) {
        return read(jpa, em -> {
            ItCaller caller = caller(em);
            TicketEntity t = DeskStore.visible(em, caller, number);
            return em.createQuery("SELECT c FROM CommentEntity c WHERE c.ticketId = :t ORDER BY c.id",
                    CommentEntity.class).setParameter("t", t.id).getResultList().stream()
                    .filter(c -> caller.seesAll() || !c.internal)
                    .map(c -> new TicketComment(c.id, c.author, c.text, c.internal, c.createdAt)).toList();
        });
    }

    @Override
    public List<HistoryEntry> history(String number) {
        String visible = read(jpa, em -> DeskStore.visible(em, caller(em), number).number);
        return audit.find(AuditQuery.forEntity(ItModule.ID, ItModule.ENTITY_TICKET, visible),
                PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream()
                .flatMap(r -> r.changes().stream().map(c -> new HistoryEntry(r.recordedAt(), r.user(), r.action(),
                        c.field(), c.oldValue(), c.newValue())))
                .toList();
    }

    @Override
    public Ticket watch(String number, String user) {
        return act(number, "watch", (em, t, caller) -> DeskStore.addRef(em, t.id, DeskStore.WATCHER,
                TicketRules.requiredName("user", user)));
    }

    @Override
    public Ticket link(String number, String kind, String other) {
        return act(number, "link", (em, t, caller) -> {
            TicketEntity target = TicketRules.checkLink(em, t, kind, other);
            DeskStore.addRef(em, t.id, kind, target.number);
        });
    }

    @Override
    public Ticket merge(String number, String into) {
        return act(number, "merge", (em, t, caller) -> {
            TicketEntity target = TicketRules.checkLink(em, t, TicketLink.DUPLICATE_OF, into);
            if (!TicketStatus.valueOf(t.status).open()) {
                throw new ConflictProblem("ticket " + t.number + " is " + t.status + " and cannot be merged",
                        Map.of("ticketStatus", t.status));
            }
            em.createQuery("UPDATE CommentEntity c SET c.ticketId = :to WHERE c.ticketId = :from")
                    .setParameter("to", target.id).setParameter("from", t.id).executeUpdate();
            for (String watcher : DeskStore.refs(em, t.id, DeskStore.WATCHER)) {
                DeskStore.addRef(em, target.id, DeskStore.WATCHER, watcher);
            }
            DeskStore.addRef(em, t.id, TicketLink.DUPLICATE_OF, target.number);
            Instant now = now();
            sla.transition(em, t, TicketStatus.valueOf(t.status), TicketStatus.CLOSED, false, now);
            t.status = TicketStatus.CLOSED.name();
            t.closedAt = now;
            t.mergedInto = target.number;
        });
    }

    @Override
    public Ticket attachAsset(String number, String tag) {
        return act(number, "attach", (em, t, caller) -> DeskStore.addRef(em, t.id, DeskStore.ASSET,
                TicketRules.checkAsset(em, tag)));
    }

    @Override
    public List<SlaTarget> sla(String number) {
        return read(jpa, em -> sla.view(em, DeskStore.visible(em, caller(em), number), now()));
    }

    /** Work an agent does on a ticket: visible, then within the agent's groups (403 otherwise), audited. */
    private Ticket act(String number, String what, TicketWork work) {
        return write("ticket", em -> {
            ItCaller caller = caller(em);
            TicketEntity t = DeskStore.visible(em, caller, number);
            TicketRules.requireAgentOf(caller, t, what);
            return changes.change(em, t, e -> view(em, e), e -> work.apply(em, e, caller), AuditEntry.UPDATE,
                    ItModule.TOPIC_TICKET_UPDATED);
        });
    }

    private <R> R write(String what, org.apache.aries.jpa.template.EmFunction<R> work) {
        return UnitTransactions.write(jpa, what, work);
    }

    @FunctionalInterface
    private interface TicketWork {
        void apply(EntityManager em, TicketEntity ticket, ItCaller caller);
    }

}
