package org.backoffice.hr.impl.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.ComplianceGap;
import org.backoffice.hr.api.training.ExpiryNotice;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.jpa.UnitTransactions;

/**
 * Reports on certifications: which expire soon, who lacks one their position requires, and the expiry scan that
 * announces each certification once per threshold (an event per notice, written last in its transaction).
 */
final class TrainingCompliance {

    private final JpaTemplate jpa;
    private final EventLog events;
    private final Employments employments;
    private final TrainingViews views;
    private volatile List<Integer> thresholds = List.of(60, 14);

    TrainingCompliance(JpaTemplate jpa, EventLog events, Employments employments, TrainingViews views) {
        this.jpa = jpa;
        this.events = events;
        this.employments = employments;
        this.views = views;
    }

    void thresholds(List<Integer> days) {
        this.thresholds = List.copyOf(days);
    }

    List<Certification> expiring(LocalDate from, int days) {
        if (days < 0) {
            throw ValidationFailedException.of("days", "must be zero or more");
        }
        LocalDate to = from.plusDays(days);
        return UnitTransactions.read(jpa, em -> {
            List<CertificationEntity> found = TrainingLookups.expiringBetween(em, from, to);
            Map<Long, String> numbers = new HashMap<>();
            return found.stream()
                    .map(c -> TrainingViews.toCertification(c, views.number(numbers, c.employeeId, from))).toList();
        });
    }

    List<ComplianceGap> compliance(LocalDate asOf) {
        List<Employment> staff = employments.employedBetween(asOf, asOf);
        return UnitTransactions.read(jpa, em -> {
            Map<Long, List<RequirementEntity>> byPosition = em.createQuery("SELECT r FROM RequirementEntity r",
                    RequirementEntity.class).getResultList().stream()
                    .collect(Collectors.groupingBy(r -> r.positionId));
            List<ComplianceGap> gaps = new ArrayList<>();
            for (Employment person : staff) {
                List<RequirementEntity> required = person.positionId() == null ? null
                        : byPosition.get(person.positionId());
                if (required == null || required.isEmpty() || !person.employedOn(asOf)) {
                    continue;
                }
                List<Certification> held = TrainingLookups.certificationEntities(em, person.employeeId()).stream()
                        .map(c -> TrainingViews.toCertification(c, person.number())).toList();
                List<String> codes = required.stream().map(r -> r.certificationCode).toList();
                for (String code : TrainingRules.missing(codes, held, asOf)) {
                    gaps.add(new ComplianceGap(person.number(), person.displayName(), required.get(0).positionCode,
                            code, TrainingRules.lastExpiry(code, held)));
                }
            }
            gaps.sort(Comparator.comparing(ComplianceGap::position).thenComparing(ComplianceGap::employee)
                    .thenComparing(ComplianceGap::certification));
            return gaps;
        });
    }

    List<ExpiryNotice> expiryScan(LocalDate asOf) {
        List<Integer> days = thresholds;
        int widest = days.stream().mapToInt(Integer::intValue).max().orElse(0);
        return UnitTransactions.write(jpa, "Certification expiry scan", em -> {
            List<CertificationEntity> found = TrainingLookups.expiringBetween(em, asOf, asOf.plusDays(widest));
            Map<Long, String> numbers = new HashMap<>();
            List<ExpiryNotice> notices = new ArrayList<>();
            for (CertificationEntity c : found) {
                Set<Integer> sent = em.createQuery("SELECT n.thresholdDays FROM ExpiryNoticeEntity n"
                        + " WHERE n.certificationId = :c", Integer.class).setParameter("c", c.id)
                        .getResultStream().collect(Collectors.toSet());
                List<Integer> due = TrainingRules.dueThresholds(asOf, c.expiry, days, sent);
                for (int threshold : due) {
                    ExpiryNoticeEntity notice = new ExpiryNoticeEntity();
                    notice.certificationId = c.id;
                    notice.thresholdDays = threshold;
                    notice.sentOn = asOf;
                    em.persist(notice);
                }
                if (!due.isEmpty()) {
                    notices.add(new ExpiryNotice(TrainingViews.toCertification(c,
                            views.number(numbers, c.employeeId, asOf)), due.get(0)));
                }
            }
            em.flush();
            // events last: the event log's sequence row stays locked until commit
            for (ExpiryNotice n : notices) {
                Certification c = n.certification();
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("certificationId", c.id());
                payload.put("employee", c.employee());
                payload.put("code", c.code());
                payload.put("name", c.name());
                payload.put("expiry", c.expiry().toString());
                payload.put("thresholdDays", n.thresholdDays());
                payload.put("daysLeft", ChronoUnit.DAYS.between(asOf, c.expiry()));
                events.append(em, HrModule.TOPIC_CERTIFICATION_EXPIRING, String.valueOf(c.id()), payload);
            }
            return notices;
        });
    }
}
