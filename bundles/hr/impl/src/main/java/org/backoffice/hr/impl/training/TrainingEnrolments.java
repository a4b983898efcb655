package org.backoffice.hr.impl.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.training.Enrolment;
import org.backoffice.hr.api.training.EnrolmentStatus;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.support.jpa.UnitTransactions;

/**
 * Who attends a session: enrolling (a seat, or the waiting list when full), cancelling (the first waiting takes the
 * freed seat), attendance, and completion, which issues the course's certification.
 */
final class TrainingEnrolments {

    private static final String NOBODY = "employee";

    private final JpaTemplate jpa;
    private final Employments employments;
    private final TrainingAudit audit;
    private final TrainingViews views;

    TrainingEnrolments(JpaTemplate jpa, Employments employments, TrainingAudit audit, TrainingViews views) {
        this.jpa = jpa;
        this.employments = employments;
        this.audit = audit;
        this.views = views;
    }

    Enrolment enrol(long sessionId, String employee) {
        Validator v = new Validator();
        v.requiredText(NOBODY, employee, 40);
        v.throwIfInvalid();
        Employment person = employments.of(employee, LocalDate.now())
                .orElseThrow(() -> ValidationFailedException.of(NOBODY, "no employee '" + employee + "'"));
        return UnitTransactions.write(jpa, "Enrolment", em -> {
            SessionEntity session = TrainingLookups.lockSession(em, sessionId);
            List<EnrolmentEntity> current = TrainingLookups.enrolmentEntities(em, sessionId);
            boolean already = current.stream().anyMatch(e -> e.employeeId == person.employeeId()
                    && e.status != EnrolmentStatus.CANCELLED);
            if (already) {
                throw new ConflictProblem("employee '" + employee + "' is already on session " + sessionId,
                        Map.of("field", NOBODY));
            }
            long seated = TrainingLookups.seated(current);
            EnrolmentEntity entity = new EnrolmentEntity();
            entity.sessionId = sessionId;
            entity.employeeId = person.employeeId();
            entity.status = seated < session.capacity ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
            entity.requested = Instant.now();
            em.persist(entity);
            em.flush();
            audit.record(em, HrModule.ENTITY_SESSION, String.valueOf(sessionId), "ENROL",
                    Map.of(NOBODY, employee, "status", entity.status.name()));
            return views.toEnrolment(em, entity);
        });
    }

    List<Enrolment> enrolments(long sessionId) {
        return UnitTransactions.read(jpa, em -> {
            TrainingLookups.requireSession(em, sessionId);
            List<EnrolmentEntity> all = TrainingLookups.enrolmentEntities(em, sessionId);
            return all.stream().map(e -> views.toEnrolment(e, all)).toList();
        });
    }

    Enrolment cancel(long sessionId, long enrolmentId) {
        return UnitTransactions.write(jpa, "Enrolment " + enrolmentId, em -> {
            SessionEntity session = TrainingLookups.lockSession(em, sessionId);
            EnrolmentEntity entity = TrainingLookups.requireEnrolment(em, sessionId, enrolmentId);
            if (entity.status == EnrolmentStatus.COMPLETED || entity.status == EnrolmentStatus.CANCELLED) {
                throw new ConflictProblem("enrolment " + enrolmentId + " is " + entity.status
                        + " and cannot be cancelled", Map.of("field", "status"));
            }
            entity.status = EnrolmentStatus.CANCELLED;
            em.flush();
            promote(em, session);
            audit.record(em, HrModule.ENTITY_SESSION, String.valueOf(sessionId), "CANCEL",
                    Map.of("enrolment", String.valueOf(enrolmentId)));
            return views.toEnrolment(em, entity);
        });
    }

    /** Seats the first waiting while there are free seats: the waiting list's one rule. */
    private static void promote(EntityManager em, SessionEntity session) {
        List<EnrolmentEntity> all = TrainingLookups.enrolmentEntities(em, session.id);
        int seated = TrainingLookups.seated(all);
        List<EnrolmentEntity> waiting = TrainingViews.waiting(all);
        int fill = TrainingRules.seatsToFill(session.capacity, seated, waiting.size());
        for (int i = 0; i < fill; i++) {
            waiting.get(i).status = EnrolmentStatus.ENROLLED;
        }
        em.flush();
    }

    Enrolment attendance(long sessionId, long enrolmentId, boolean attended) {
        return UnitTransactions.write(jpa, "Enrolment " + enrolmentId, em -> {
            TrainingLookups.requireSession(em, sessionId);
            EnrolmentEntity entity = TrainingLookups.requireEnrolment(em, sessionId, enrolmentId);
            if (entity.status != EnrolmentStatus.ENROLLED) {
                throw new ConflictProblem("enrolment " + enrolmentId + " is " + entity.status
                        + ": attendance is for seated enrolments", Map.of("field", "status"));
            }
            entity.attended = attended;
            em.flush();
            return views.toEnrolment(em, entity);
        });
    }

    Enrolment complete(long sessionId, long enrolmentId, LocalDate on) {
        return UnitTransactions.write(jpa, "Enrolment " + enrolmentId, em -> {
            SessionEntity session = TrainingLookups.requireSession(em, sessionId);
            checkCompletionDate(session, on);
            EnrolmentEntity entity = TrainingLookups.requireEnrolment(em, sessionId, enrolmentId);
            if (entity.status != EnrolmentStatus.ENROLLED) {
                throw new ConflictProblem("enrolment " + enrolmentId + " is " + entity.status
                        + ": only a seated enrolment can be completed", Map.of("field", "status"));
            }
            entity.attended = true;
            completeOne(em, session, entity, on);
            return views.toEnrolment(em, entity);
        });
    }

    /** Completes every seated enrolment marked as attended. */
    List<Enrolment> completeSession(long sessionId, LocalDate on) {
        return UnitTransactions.write(jpa, "Training session " + sessionId, em -> {
            SessionEntity session = TrainingLookups.requireSession(em, sessionId);
            checkCompletionDate(session, on);
            List<EnrolmentEntity> done = new ArrayList<>();
            for (EnrolmentEntity e : TrainingLookups.enrolmentEntities(em, sessionId)) {
                if (e.status == EnrolmentStatus.ENROLLED && e.attended) {
                    completeOne(em, session, e, on);
                    done.add(e);
                }
            }
            List<EnrolmentEntity> all = TrainingLookups.enrolmentEntities(em, sessionId);
            return done.stream().map(e -> views.toEnrolment(e, all)).toList();
        });
    }

    private static void checkCompletionDate(SessionEntity session, LocalDate on) {
        if (on != null && on.isBefore(session.startDate)) {
            throw ValidationFailedException.of("on", "must not be before the session's start " + session.startDate);
        }
    }

    private void completeOne(EntityManager em, SessionEntity session, EnrolmentEntity enrolment, LocalDate on) {
        LocalDate issued = on == null ? session.endDate : on;
        enrolment.status = EnrolmentStatus.COMPLETED;
        CourseEntity course = em.find(CourseEntity.class, session.courseId);
        if (course.certificationCode != null) {
            CertificationEntity cert = new CertificationEntity();
            cert.employeeId = enrolment.employeeId;
            cert.code = course.certificationCode;
            cert.name = course.certificationName == null ? course.title : course.certificationName;
            cert.issued = issued;
            cert.expiry = TrainingRules.expiry(issued, course.validityMonths);
            cert.sessionId = session.id;
            em.persist(cert);
        }
        em.flush();
        audit.record(em, HrModule.ENTITY_SESSION, String.valueOf(session.id), "COMPLETE",
                Map.of("enrolment", String.valueOf(enrolment.id), "issued", issued.toString()));
    }
}
