package org.backoffice.it.impl.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.SlaTarget;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.it.impl.sla.SlaClock;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.NewEvent;

/**
 * A ticket's stored SLA clocks through its life: started when it is opened, paused, resumed and stopped by its
 * transitions, given new targets when its policy changes, and scanned for warnings and breaches. Each transition
 * stores the consumed seconds ({@link SlaClock}), the due instant and the instant of the next alert.
 */
final class SlaTargets {

    static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    static final String RESOLUTION = "RESOLUTION";
    private static final String BREACH = "B";

    private final Function<String, BusinessTime> calendars;

    /** @param calendars the arithmetic of a calendar by code, as stored now */
    SlaTargets(Function<String, BusinessTime> calendars) {
        this.calendars = calendars;
    }

    void start(EntityManager em, TicketEntity ticket, PolicyEntity policy, Instant now) {
        for (String target : List.of(FIRST_RESPONSE, RESOLUTION)) {
            ClockEntity c = new ClockEntity();
            c.ticketId = ticket.id;
            c.target = target;
            apply(c, policy);
            c.store(SlaClock.start(Duration.ofSeconds(policy.targetSeconds(target)), now));
            refresh(c, time(c));
            em.persist(c);
        }
    }

    /** The clocks follow a status change: waiting pauses (if the policy says so), resolving stops, reopening
     * resumes. */
    void transition(EntityManager em, TicketEntity ticket, TicketStatus from, TicketStatus to, boolean pauseOnWaiting,
            Instant now) {
        List<ClockEntity> clocks = clocks(em, ticket.id);
        if (clocks.isEmpty()) {
            return;
        }
        if (from.waiting() && !to.waiting()) {
            closePause(em, ticket.id, now);
        }
        for (ClockEntity c : clocks) {
            BusinessTime time = time(c);
            SlaClock clock = c.clock();
            if (!to.open()) {
                clock = clock.stop(time, now);
            } else if (to.waiting() && pauseOnWaiting) {
                clock = clock.pause(time, now);
            } else if (clock.state() == SlaClock.State.PAUSED
                    || clock.state() == SlaClock.State.STOPPED && from == TicketStatus.RESOLVED
                            && RESOLUTION.equals(c.target)) {
                clock = clock.resume(now);
            }
            c.store(clock);
            refresh(c, time);
        }
        if (to.waiting() && pauseOnWaiting && !from.waiting()) {
            PauseEntity pause = new PauseEntity();
            pause.ticketId = ticket.id;
            pause.from = now;
            pause.reason = to.name();
            em.persist(pause);
        }
    }

    /** An agent answered: the first-response clock stops (once). */
    void responded(EntityManager em, TicketEntity ticket, Instant now) {
        for (ClockEntity c : clocks(em, ticket.id)) {
            if (FIRST_RESPONSE.equals(c.target) && !SlaClock.State.STOPPED.name().equals(c.state)) {
                BusinessTime time = time(c);
                c.store(c.clock().stop(time, now));
                refresh(c, time);
            }
        }
    }

    /** A new policy (or the same one changed) applies from {@code now}; what was consumed stays. */
    void retarget(EntityManager em, TicketEntity ticket, PolicyEntity policy, Instant now) {
        for (ClockEntity c : clocks(em, ticket.id)) {
            BusinessTime before = time(c);
            SlaClock clock = c.clock().retarget(before, now, Duration.ofSeconds(policy.targetSeconds(c.target)));
            apply(c, policy);
            c.store(clock);
            refresh(c, time(c));
        }
    }

    List<SlaTarget> view(EntityManager em, TicketEntity ticket, Instant now) {
        List<SlaTarget.Pause> pauses = em.createQuery(
                "SELECT p FROM PauseEntity p WHERE p.ticketId = :t ORDER BY p.from", PauseEntity.class)
                .setParameter("t", ticket.id).getResultList().stream()
                .map(p -> new SlaTarget.Pause(p.from, p.to, p.reason)).toList();
        List<SlaTarget> result = new ArrayList<>();
        for (ClockEntity c : clocks(em, ticket.id)) {
            BusinessTime time = time(c);
            SlaClock clock = c.clock();
            long consumed = clock.consumedAt(time, now).getSeconds();
            Instant due = clock.due(time);
            LocalDateTime local = due == null ? null : LocalDateTime.ofInstant(due, time.zone());
            boolean breached = clock.breachedAt(time, now);
            String status;
            if (breached) {
                status = "BREACHED";
            } else if (clock.state() == SlaClock.State.STOPPED) {
                status = "MET";
            } else if (c.warningList().stream().anyMatch(w -> consumed >= clock.threshold(w).getSeconds())) {
                status = "WARNING";
            } else {
                status = "ON_TIME";
            }
            Instant breachedAt = clock.breachedAt() != null ? clock.breachedAt() : breached ? due : null;
            result.add(new SlaTarget(c.target, c.policy, c.calendar, time.zone().getId(), c.targetSeconds, consumed,
                    c.targetSeconds - consumed, due, local, clock.state().name(), status, breachedAt, pauses));
        }
        return result;
    }

    /** The worst state of each ticket's targets from the stored columns alone (for lists). */
    static Map<Long, String[]> summaries(EntityManager em, List<Long> ticketIds, Instant now) {
        Map<Long, String[]> result = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return result;
        }
        for (ClockEntity c : em.createQuery("SELECT c FROM ClockEntity c WHERE c.ticketId IN :ids", ClockEntity.class)
                .setParameter("ids", ticketIds).getResultList()) {
            boolean running = SlaClock.State.RUNNING.name().equals(c.state);
            String status;
            if (c.breachedAt != null || c.sent(BREACH) || running && c.dueAt != null && now.isAfter(c.dueAt)) {
                status = "BREACHED";
            } else if (c.sent.contains("W")) {
                status = "WARNING";
            } else if (SlaClock.State.STOPPED.name().equals(c.state)) {
                status = "MET";
            } else {
                status = "ON_TIME";
            }
            String[] worst = result.computeIfAbsent(c.ticketId, id -> new String[] {"MET", null});
            if (rank(status) > rank(worst[0])) {
                worst[0] = status;
            }
            if (running && c.dueAt != null && (worst[1] == null || c.dueAt.toString().compareTo(worst[1]) < 0)) {
                worst[1] = c.dueAt.toString();
            }
        }
        return result;
    }

    private static int rank(String status) {
        return List.of("MET", "ON_TIME", "WARNING", "BREACHED").indexOf(status);
    }

    /**
     * Sends the alerts due at {@code now} for the clocks whose next alert is due, each once (what was sent is stored on
     * the clock, in the same transaction as the event).
     */
    int scan(EntityManager em, EventLog events, Instant now, Map<Long, String> numbers) {
        List<ClockEntity> due = em.createQuery(
                "SELECT c FROM ClockEntity c WHERE c.nextAlertAt <= :now ORDER BY c.nextAlertAt", ClockEntity.class)
                .setParameter("now", now).getResultList();
        int sent = 0;
        List<NewEvent> alerts = new ArrayList<>();
        Map<String, BusinessTime> times = new LinkedHashMap<>();
        List<Long> unknown = due.stream().map(c -> c.ticketId).filter(id -> !numbers.containsKey(id)).distinct()
                .toList();
        for (int from = 0; from < unknown.size(); from += 1000) {
            for (Object[] row : em.createQuery("SELECT t.id, t.number FROM TicketEntity t WHERE t.id IN :ids",
                    Object[].class).setParameter("ids", unknown.subList(from, Math.min(unknown.size(), from + 1000)))
                    .getResultList()) {
                numbers.put((Long) row[0], (String) row[1]);
            }
        }
        for (ClockEntity c : due) {
            BusinessTime time = times.computeIfAbsent(c.calendar, calendars);
            SlaClock clock = c.clock();
            Duration consumed = clock.consumedAt(time, now);
            String number = numbers.computeIfAbsent(c.ticketId, id -> em.find(TicketEntity.class, id).number);
            for (int warning : c.warningList()) {
                String alert = "W" + warning;
                if (!c.sent(alert) && consumed.compareTo(clock.threshold(warning)) >= 0) {
                    c.markSent(alert);
                    alerts.add(NewEvent.of(ItModule.TOPIC_SLA_WARNING, number, payload(c, number, time, warning)));
                    sent++;
                }
            }
            if (!c.sent(BREACH) && clock.breachedAt(time, now)) {
                if (c.breachedAt == null) {
                    c.breachedAt = clock.due(time);
                }
                c.markSent(BREACH);
                alerts.add(NewEvent.of(ItModule.TOPIC_SLA_BREACHED, number, payload(c, number, time, 100)));
                sent++;
            }
            refresh(c, time);
        }
        if (!alerts.isEmpty()) {
            // last step, all at once: the event log's sequence row stays locked until the transaction ends
            events.appendAll(em, alerts);
        }
        return sent;
    }

    private static Map<String, Object> payload(ClockEntity c, String number, BusinessTime time, int percent) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ticket", number);
        payload.put("target", c.target);
        payload.put("policy", c.policy);
        payload.put("threshold", percent);
        payload.put("due", c.dueAt == null ? null : c.dueAt.toString());
        payload.put("zone", time.zone().getId());
        return payload;
    }

    /** Due instant and next alert from the stored clock: an alert already reached but not sent is due now. */
    private static void refresh(ClockEntity c, BusinessTime time) {
        SlaClock clock = c.clock();
        c.dueAt = clock.due(time);
        Instant next = null;
        for (int warning : c.warningList()) {
            if (!c.sent("W" + warning)) {
                next = earliest(next, reached(clock, time, clock.threshold(warning), false));
            }
        }
        if (!c.sent(BREACH)) {
            next = earliest(next, reached(clock, time, clock.target(), true));
        }
        c.nextAlertAt = next;
    }

    /** When the clock reaches (or, for a breach, passes) an amount; {@code null} if it never will as it stands. */
    private static Instant reached(SlaClock clock, BusinessTime time, Duration amount, boolean passed) {
        int past = clock.consumed().compareTo(amount);
        if (past > 0 || past == 0 && !passed || clock.breachedAt() != null && passed) {
            return clock.since();
        }
        if (clock.state() != SlaClock.State.RUNNING) {
            return null;
        }
        // a breach is the first business second beyond the target: after a target used up at closing, the next opening
        Duration left = amount.minus(clock.consumed());
        return time.addWorkingTime(clock.since(), passed ? left.plusSeconds(1) : left);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private void closePause(EntityManager em, long ticketId, Instant now) {
        for (PauseEntity p : em.createQuery("SELECT p FROM PauseEntity p WHERE p.ticketId = :t AND p.to IS NULL",
                PauseEntity.class).setParameter("t", ticketId).getResultList()) {
            p.to = now;
        }
    }

    static List<ClockEntity> clocks(EntityManager em, long ticketId) {
        return em.createQuery("SELECT c FROM ClockEntity c WHERE c.ticketId = :t ORDER BY c.target",
                ClockEntity.class).setParameter("t", ticketId).getResultList();
    }

    private BusinessTime time(ClockEntity c) {
        return calendars.apply(c.calendar);
    }

    private static void apply(ClockEntity c, PolicyEntity policy) {
        c.policy = policy.code;
        c.calendar = policy.calendar;
        c.warnings = policy.warnings == null ? "" : policy.warnings;
    }
}
