package org.backoffice.hr.impl.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.Enrolment;
import org.backoffice.hr.api.training.EnrolmentStatus;
import org.backoffice.hr.api.training.TrainingSession;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;

/**
 * Turns training rows into the api's records, naming employees by their number (through {@link Employments}), and
 * gathers what training holds about one employee for the personal-data export.
 */
final class TrainingViews {

    /** The waiting list's order: who asked first. */
    static final Comparator<EnrolmentEntity> BY_REQUEST = Comparator
            .comparing((EnrolmentEntity e) -> e.requested).thenComparing(e -> e.id);

    private final Employments employments;

    TrainingViews(Employments employments) {
        this.employments = employments;
    }

    /** The waiting enrolments of {@code all}, first to be seated first. */
    static List<EnrolmentEntity> waiting(List<EnrolmentEntity> all) {
        return TrainingRules.waitingOrder(all.stream().filter(e -> e.status == EnrolmentStatus.WAITING).toList(),
                BY_REQUEST);
    }

    /** The employee's number as of {@code asOf}, each looked up once per {@code cache}. */
    String number(Map<Long, String> cache, long employeeId, LocalDate asOf) {
        return cache.computeIfAbsent(employeeId,
                id -> employments.of(id, asOf).map(Employment::number).orElse(String.valueOf(id)));
    }

    TrainingSession toSession(EntityManager em, SessionEntity s) {
        CourseEntity course = em.find(CourseEntity.class, s.courseId);
        List<EnrolmentEntity> all = TrainingLookups.enrolmentEntities(em, s.id);
        int enrolled = TrainingLookups.seated(all);
        int waiting = (int) all.stream().filter(e -> e.status == EnrolmentStatus.WAITING).count();
        return new TrainingSession(s.id, course.code, s.startDate, s.endDate, s.trainer, s.location, s.capacity,
                enrolled, waiting, s.version);
    }

    /** One enrolment, with its place on the waiting list among {@code all} of its session's. */
    Enrolment toEnrolment(EnrolmentEntity e, List<EnrolmentEntity> all) {
        Integer position = null;
        if (e.status == EnrolmentStatus.WAITING) {
            position = waiting(all).stream().map(w -> w.id).toList().indexOf(e.id) + 1;
        }
        String number = employments.of(e.employeeId, LocalDate.now()).map(Employment::number)
                .orElse(String.valueOf(e.employeeId));
        return new Enrolment(e.id, e.sessionId, number, e.status, position, e.attended, e.requested);
    }

    /** One enrolment as its session's enrolments stand now. */
    Enrolment toEnrolment(EntityManager em, EnrolmentEntity e) {
        return toEnrolment(e, TrainingLookups.enrolmentEntities(em, e.sessionId));
    }

    static Certification toCertification(CertificationEntity c, String number) {
        return new Certification(c.id, number, c.code, c.name, c.issued, c.expiry, c.sessionId);
    }

    /** Everything training holds about an employee: enrolments (with course and dates) and certifications. */
    Map<String, Object> export(EntityManager em, long employeeId, String number) {
        List<Map<String, Object>> enrolments = new ArrayList<>();
        for (EnrolmentEntity e : em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.employeeId = :e"
                + " ORDER BY e.id", EnrolmentEntity.class).setParameter("e", employeeId).getResultList()) {
            SessionEntity s = em.find(SessionEntity.class, e.sessionId);
            CourseEntity c = em.find(CourseEntity.class, s.courseId);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sessionId", s.id);
            row.put("course", c.code);
            row.put("title", c.title);
            row.put("startDate", s.startDate.toString());
            row.put("endDate", s.endDate.toString());
            row.put("status", e.status.name());
            row.put("attended", e.attended);
            enrolments.add(row);
        }
        List<Map<String, Object>> certs = new ArrayList<>();
        for (CertificationEntity c : TrainingLookups.certificationEntities(em, employeeId)) {
            certs.add(TrainingAudit.certificationFields(toCertification(c, number)));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("enrolments", enrolments);
        all.put("certifications", certs);
        return all;
    }
}
