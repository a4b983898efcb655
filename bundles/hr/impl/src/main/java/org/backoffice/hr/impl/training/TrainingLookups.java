package org.backoffice.hr.impl.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.training.EnrolmentStatus;
import org.backoffice.platform.api.error.NotFoundProblem;

/** The training rows the use cases read, each found one way, with the 404 for one that is not there. */
final class TrainingLookups {

    private TrainingLookups() {
    }

    static Optional<CourseEntity> findCourse(EntityManager em, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM CourseEntity c WHERE c.code = :code", CourseEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    static CourseEntity requireCourse(EntityManager em, String code) {
        return findCourse(em, code).orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_COURSE, code));
    }

    static SessionEntity requireSession(EntityManager em, long id) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw new NotFoundProblem(HrModule.ENTITY_SESSION, String.valueOf(id));
        }
        return s;
    }

    /** The session row locked for the transaction, so two enrolments never take the last seat twice. */
    static SessionEntity lockSession(EntityManager em, long id) {
        SessionEntity s = requireSession(em, id);
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        return s;
    }

    static EnrolmentEntity requireEnrolment(EntityManager em, long sessionId, long id) {
        EnrolmentEntity e = em.find(EnrolmentEntity.class, id);
        if (e == null || e.sessionId != sessionId) {
            throw new NotFoundProblem("Enrolment", String.valueOf(id));
        }
        return e;
    }

    /** A session's enrolments in the order they were asked for. */
    static List<EnrolmentEntity> enrolmentEntities(EntityManager em, long sessionId) {
        return em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.sessionId = :s ORDER BY e.requested, e.id",
                EnrolmentEntity.class).setParameter("s", sessionId).getResultList();
    }

    /** How many of {@code all} hold a seat (enrolled, or completed on it). */
    static int seated(List<EnrolmentEntity> all) {
        return (int) all.stream().filter(e -> e.status == EnrolmentStatus.ENROLLED
                || e.status == EnrolmentStatus.COMPLETED).count();
    }

    static List<CertificationEntity> certificationEntities(EntityManager em, long employeeId) {
        return em.createQuery("SELECT c FROM CertificationEntity c WHERE c.employeeId = :e ORDER BY c.issued, c.id",
                CertificationEntity.class).setParameter("e", employeeId).getResultList();
    }

    /** Certifications held on {@code from} that expire between {@code from} and {@code to}, soonest first. */
    static List<CertificationEntity> expiringBetween(EntityManager em, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM CertificationEntity c WHERE"
                + " c.expiry IS NOT NULL AND c.expiry >= :from AND c.expiry <= :to AND c.issued <= :from"
                + " ORDER BY c.expiry, c.id", CertificationEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    static List<RequirementEntity> requirements(EntityManager em, long positionId) {
        return em.createQuery("SELECT r FROM RequirementEntity r WHERE r.positionId = :p", RequirementEntity.class)
                .setParameter("p", positionId).getResultList();
    }
}
