package org.backoffice.hr.impl.training;

import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.training.Course;
import org.backoffice.hr.api.training.TrainingSession;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.backoffice.platform.support.jpa.UnitTransactions;

/** What is offered: courses (with the certification they lead to) and their sessions. */
final class TrainingCatalogue {

    private final JpaTemplate jpa;
    private final TrainingAudit audit;
    private final TrainingViews views;

    TrainingCatalogue(JpaTemplate jpa, TrainingAudit audit, TrainingViews views) {
        this.jpa = jpa;
        this.audit = audit;
        this.views = views;
    }

    // ---- courses

    Course createCourse(Course course) {
        TrainingRules.checkCourse(course).throwIfInvalid();
        return UnitTransactions.write(jpa, "Course '" + course.code() + "'", em -> {
            if (TrainingLookups.findCourse(em, course.code()).isPresent()) {
                throw new ConflictProblem("a course with code '" + course.code() + "' already exists",
                        Map.of("field", "code"));
            }
            CourseEntity entity = new CourseEntity();
            entity.apply(course);
            em.persist(entity);
            em.flush();
            audit.record(em, HrModule.ENTITY_COURSE, entity.code, AuditEntry.CREATE,
                    TrainingAudit.courseFields(entity.toCourse()));
            return entity.toCourse();
        });
    }

    Course course(String code) {
        return UnitTransactions.read(jpa, em -> TrainingLookups.requireCourse(em, code).toCourse());
    }

    Page<Course> courses(String text, PageRequest page) {
        PagedQuery select = PagedQuery.of("CourseEntity", "c")
                .where("(LOWER(c.code) LIKE :value ESCAPE '!' OR LOWER(c.title) LIKE :value ESCAPE '!')",
                        PagedQuery.containing(text));
        return UnitTransactions.read(jpa,
                em -> select.page(em, CourseEntity.class, "c.code", page, CourseEntity::toCourse));
    }

    Course updateCourse(String code, Course course) {
        if (course.code() != null && !course.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        Course sent = new Course(code, course.title(), course.description(), course.certificationCode(),
                course.certificationName(), course.validityMonths(), course.version());
        if (sent.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        TrainingRules.checkCourse(sent).throwIfInvalid();
        return UnitTransactions.write(jpa, "Course '" + code + "'", em -> {
            CourseEntity entity = TrainingLookups.requireCourse(em, code);
            if (!sent.version().equals(entity.version)) {
                throw ConflictProblem.staleVersion(HrModule.ENTITY_COURSE, code, sent.version(), entity.version);
            }
            Map<String, Object> before = TrainingAudit.courseFields(entity.toCourse());
            entity.apply(sent);
            em.flush();
            Map<String, Object> after = TrainingAudit.courseFields(entity.toCourse());
            List<FieldChange> changes = TrainingAudit.diff(before, after);
            if (!changes.isEmpty()) {
                audit.record(em, HrModule.ENTITY_COURSE, code, AuditEntry.UPDATE, changes);
            }
            return entity.toCourse();
        });
    }

    void deleteCourse(String code) {
        UnitTransactions.write(jpa, "Course '" + code + "'", em -> {
            CourseEntity entity = TrainingLookups.requireCourse(em, code);
            long sessions = em.createQuery("SELECT COUNT(s) FROM SessionEntity s WHERE s.courseId = :c", Long.class)
                    .setParameter("c", entity.id).getSingleResult();
            if (sessions > 0) {
                throw new ConflictProblem("course '" + code + "' has " + sessions + " sessions and stays",
                        Map.of("field", "code"));
            }
            Map<String, Object> before = TrainingAudit.courseFields(entity.toCourse());
            em.remove(entity);
            audit.record(em, HrModule.ENTITY_COURSE, code, AuditEntry.DELETE, TrainingAudit.diff(before, Map.of()));
            return null;
        });
    }

    // ---- sessions

    TrainingSession createSession(TrainingSession session) {
        TrainingRules.checkSession(session).throwIfInvalid();
        return UnitTransactions.write(jpa, "Training session", em -> {
            CourseEntity course = TrainingLookups.findCourse(em, session.course()).orElseThrow(
                    () -> ValidationFailedException.of("course", "no course '" + session.course() + "'"));
            SessionEntity entity = new SessionEntity();
            entity.courseId = course.id;
            entity.startDate = session.startDate();
            entity.endDate = session.endDate();
            entity.trainer = session.trainer();
            entity.location = session.location();
            entity.capacity = session.capacity();
            em.persist(entity);
            em.flush();
            TrainingSession created = views.toSession(em, entity);
            audit.record(em, HrModule.ENTITY_SESSION, String.valueOf(entity.id), AuditEntry.CREATE,
                    TrainingAudit.sessionFields(created));
            return created;
        });
    }

    TrainingSession session(long id) {
        return UnitTransactions.read(jpa, em -> views.toSession(em, TrainingLookups.requireSession(em, id)));
    }

    Page<TrainingSession> sessions(String course, PageRequest page) {
        return UnitTransactions.read(jpa, em -> {
            Long courseId = null;
            if (course != null && !course.isBlank()) {
                courseId = TrainingLookups.findCourse(em, course).map(c -> c.id)
                        .orElseThrow(() -> ValidationFailedException.of("course", "no course '" + course + "'"));
            }
            PagedQuery select = PagedQuery.of("SessionEntity", "s").equal("s.courseId", courseId);
            return select.page(em, SessionEntity.class, "s.startDate, s.id", page, s -> views.toSession(em, s));
        });
    }
}
