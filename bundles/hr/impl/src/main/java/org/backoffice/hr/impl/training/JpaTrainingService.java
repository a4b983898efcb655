package org.backoffice.hr.impl.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.ComplianceGap;
import org.backoffice.hr.api.training.Course;
import org.backoffice.hr.api.training.Enrolment;
import org.backoffice.hr.api.training.EnrolmentStatus;
import org.backoffice.hr.api.training.ExpiryNotice;
import org.backoffice.hr.api.training.TrainingService;
import org.backoffice.hr.api.training.TrainingSession;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training on JPA. Each use case is one transaction; its audit record (and the expiry scan's events, last) commit
 * with it. Employees are checked and named through {@link Employments}; positions by {@code positionId(code)}.
 */
@Component(service = {TrainingService.class, TrainingStore.class})
public final class JpaTrainingService implements TrainingService, TrainingStore {

    private static final String NOBODY = "employee";

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;
    private final Employments employments;
    private volatile List<Integer> thresholds = List.of(60, 14);

    @Activate
    public JpaTrainingService(@Reference(target = "(osgi.unit.name=backoffice-hr)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events, @Reference Employments employments) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.employments = employments;
    }

    @Override
    public void thresholds(List<Integer> days) {
        this.thresholds = List.copyOf(days);
    }

    // ---- courses

    @Override
    public Course createCourse(Course course) {
        TrainingRules.checkCourse(course).throwIfInvalid();
        return UnitTransactions.write(jpa, "Course '" + course.code() + "'", em -> {
            if (findCourse(em, course.code()).isPresent()) {
                throw new ConflictProblem("a course with code '" + course.code() + "' already exists",
                        Map.of("field", "code"));
            }
            CourseEntity entity = new CourseEntity();
            entity.apply(course);
            em.persist(entity);
            em.flush();
            audit(em, HrModule.ENTITY_COURSE, entity.code, AuditEntry.CREATE, courseFields(entity.toCourse()));
            return entity.toCourse();
        });
    }

    @Override
    public Course course(String code) {
        return UnitTransactions.read(jpa, em -> requireCourse(em, code).toCourse());
    }

    @Override
    public Page<Course> courses(String text, PageRequest page) {
        PagedQuery select = PagedQuery.of("CourseEntity", "c")
                .where("(LOWER(c.code) LIKE :value ESCAPE '!' OR LOWER(c.title) LIKE :value ESCAPE '!')",
                        PagedQuery.containing(text));
        return UnitTransactions.read(jpa,
                em -> select.page(em, CourseEntity.class, "c.code", page, CourseEntity::toCourse));
    }

    @Override
    public Course updateCourse(String code, Course course) {
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
            CourseEntity entity = requireCourse(em, code);
            if (!sent.version().equals(entity.version)) {
                throw ConflictProblem.staleVersion(HrModule.ENTITY_COURSE, code, sent.version(), entity.version);
            }
            Map<String, Object> before = courseFields(entity.toCourse());
            entity.apply(sent);
            em.flush();
            Map<String, Object> after = courseFields(entity.toCourse());
            List<FieldChange> changes = diff(before, after);
            if (!changes.isEmpty()) {
                audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_COURSE, code, AuditEntry.UPDATE,
                        changes));
            }
            return entity.toCourse();
        });
    }

    @Override
    public void deleteCourse(String code) {
        UnitTransactions.write(jpa, "Course '" + code + "'", em -> {
            CourseEntity entity = requireCourse(em, code);
            long sessions = em.createQuery("SELECT COUNT(s) FROM SessionEntity s WHERE s.courseId = :c", Long.class)
                    .setParameter("c", entity.id).getSingleResult();
            if (sessions > 0) {
                throw new ConflictProblem("course '" + code + "' has " + sessions + " sessions and stays",
                        Map.of("field", "code"));
            }
            Map<String, Object> before = courseFields(entity.toCourse());
            em.remove(entity);
            audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_COURSE, code, AuditEntry.DELETE,
                    diff(before, Map.of())));
            return null;
        });
    }

    // ---- sessions and enrolments

    @Override
    public TrainingSession createSession(TrainingSession session) {
        TrainingRules.checkSession(session).throwIfInvalid();
        return UnitTransactions.write(jpa, "Training session", em -> {
            CourseEntity course = findCourse(em, session.course()).orElseThrow(
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
            TrainingSession created = toSession(em, entity);
            audit(em, HrModule.ENTITY_SESSION, String.valueOf(entity.id), AuditEntry.CREATE, sessionFields(created));
            return created;
        });
    }

    @Override
    public TrainingSession session(long id) {
        return UnitTransactions.read(jpa, em -> toSession(em, requireSession(em, id)));
    }

    @Override
    public Page<TrainingSession> sessions(String course, PageRequest page) {
        return UnitTransactions.read(jpa, em -> {
            Long courseId = null;
            if (course != null && !course.isBlank()) {
                courseId = findCourse(em, course).map(c -> c.id)
                        .orElseThrow(() -> ValidationFailedException.of("course", "no course '" + course + "'"));
            }
            PagedQuery select = PagedQuery.of("SessionEntity", "s").equal("s.courseId", courseId);
            return select.page(em, SessionEntity.class, "s.startDate, s.id", page, s -> toSession(em, s));
        });
    }

    @Override
    public Enrolment enrol(long sessionId, String employee) {
        Validator v = new Validator();
        v.requiredText(NOBODY, employee, 40);
        v.throwIfInvalid();
        Employment person = employments.of(employee, LocalDate.now())
                .orElseThrow(() -> ValidationFailedException.of(NOBODY, "no employee '" + employee + "'"));
        return UnitTransactions.write(jpa, "Enrolment", em -> {
            SessionEntity session = lockSession(em, sessionId);
            List<EnrolmentEntity> current = enrolmentEntities(em, sessionId);
            boolean already = current.stream().anyMatch(e -> e.employeeId == person.employeeId()
                    && e.status != EnrolmentStatus.CANCELLED);
            if (already) {
                throw new ConflictProblem("employee '" + employee + "' is already on session " + sessionId,
                        Map.of("field", NOBODY));
            }
            long seated = current.stream().filter(e -> e.status == EnrolmentStatus.ENROLLED
                    || e.status == EnrolmentStatus.COMPLETED).count();
            EnrolmentEntity entity = new EnrolmentEntity();
            entity.sessionId = sessionId;
            entity.employeeId = person.employeeId();
            entity.status = seated < session.capacity ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
            entity.requested = Instant.now();
            em.persist(entity);
            em.flush();
            audit(em, HrModule.ENTITY_SESSION, String.valueOf(sessionId), "ENROL",
                    Map.of(NOBODY, employee, "status", entity.status.name()));
            return toEnrolment(em, entity, enrolmentEntities(em, sessionId));
        });
    }

    @Override
    public List<Enrolment> enrolments(long sessionId) {
        return UnitTransactions.read(jpa, em -> {
            requireSession(em, sessionId);
            List<EnrolmentEntity> all = enrolmentEntities(em, sessionId);
            return all.stream().map(e -> toEnrolment(em, e, all)).toList();
        });
    }

    @Override
    public Enrolment cancel(long sessionId, long enrolmentId) {
        return UnitTransactions.write(jpa, "Enrolment " + enrolmentId, em -> {
            SessionEntity session = lockSession(em, sessionId);
            EnrolmentEntity entity = requireEnrolment(em, sessionId, enrolmentId);
            if (entity.status == EnrolmentStatus.COMPLETED || entity.status == EnrolmentStatus.CANCELLED) {
                throw new ConflictProblem("enrolment " + enrolmentId + " is " + entity.status
                        + " and cannot be cancelled", Map.of("field", "status"));
            }
            entity.status = EnrolmentStatus.CANCELLED;
            em.flush();
            promote(em, session);
            audit(em, HrModule.ENTITY_SESSION, String.valueOf(sessionId), "CANCEL",
                    Map.of("enrolment", String.valueOf(enrolmentId)));
            return toEnrolment(em, entity, enrolmentEntities(em, sessionId));
        });
    }

    /** Seats the first waiting while there are free seats: the waiting list's one rule. */
    private void promote(EntityManager em, SessionEntity session) {
        List<EnrolmentEntity> all = enrolmentEntities(em, session.id);
        int seated = (int) all.stream().filter(e -> e.status == EnrolmentStatus.ENROLLED
                || e.status == EnrolmentStatus.COMPLETED).count();
        List<EnrolmentEntity> waiting = TrainingRules.waitingOrder(
                all.stream().filter(e -> e.status == EnrolmentStatus.WAITING).toList(), BY_REQUEST);
        int fill = TrainingRules.seatsToFill(session.capacity, seated, waiting.size());
        for (int i = 0; i < fill; i++) {
            waiting.get(i).status = EnrolmentStatus.ENROLLED;
        }
        em.flush();
    }

    @Override
    public Enrolment attendance(long sessionId, long enrolmentId, boolean attended) {
        return UnitTransactions.write(jpa, "Enrolment " + enrolmentId, em -> {
            requireSession(em, sessionId);
            EnrolmentEntity entity = requireEnrolment(em, sessionId, enrolmentId);
            if (entity.status != EnrolmentStatus.ENROLLED) {
                throw new ConflictProblem("enrolment " + enrolmentId + " is " + entity.status
                        + ": attendance is for seated enrolments", Map.of("field", "status"));
            }
            entity.attended = attended;
            em.flush();
            return toEnrolment(em, entity, enrolmentEntities(em, sessionId));
        });
    }

    @Override
    public Enrolment complete(long sessionId, long enrolmentId, LocalDate on) {
        return UnitTransactions.write(jpa, "Enrolment " + enrolmentId, em -> {
            SessionEntity session = requireSession(em, sessionId);
            checkCompletionDate(session, on);
            EnrolmentEntity entity = requireEnrolment(em, sessionId, enrolmentId);
            if (entity.status != EnrolmentStatus.ENROLLED) {
                throw new ConflictProblem("enrolment " + enrolmentId + " is " + entity.status
                        + ": only a seated enrolment can be completed", Map.of("field", "status"));
            }
            entity.attended = true;
            completeOne(em, session, entity, on);
            return toEnrolment(em, entity, enrolmentEntities(em, sessionId));
        });
    }

    @Override
    public List<Enrolment> completeSession(long sessionId, LocalDate on) {
        return UnitTransactions.write(jpa, "Training session " + sessionId, em -> {
            SessionEntity session = requireSession(em, sessionId);
            checkCompletionDate(session, on);
            List<EnrolmentEntity> done = new ArrayList<>();
            for (EnrolmentEntity e : enrolmentEntities(em, sessionId)) {
                if (e.status == EnrolmentStatus.ENROLLED && e.attended) {
                    completeOne(em, session, e, on);
                    done.add(e);
                }
            }
            List<EnrolmentEntity> all = enrolmentEntities(em, sessionId);
            return done.stream().map(e -> toEnrolment(em, e, all)).toList();
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
        audit(em, HrModule.ENTITY_SESSION, String.valueOf(session.id), "COMPLETE",
                Map.of("enrolment", String.valueOf(enrolment.id), "issued", issued.toString()));
    }

    // ---- certifications

    @Override
    public Certification recordCertification(String employee, Certification certification) {
        Employment person = employments.of(employee, LocalDate.now())
                .orElseThrow(() -> new NotFoundProblem("Employee", employee));
        TrainingRules.checkCertification(certification).throwIfInvalid();
        return UnitTransactions.write(jpa, "Certification", em -> {
            CertificationEntity cert = new CertificationEntity();
            cert.employeeId = person.employeeId();
            cert.code = certification.code();
            cert.name = certification.name() == null ? certification.code() : certification.name();
            cert.issued = certification.issued();
            cert.expiry = certification.expiry();
            em.persist(cert);
            em.flush();
            Certification created = toCertification(cert, person.number());
            audit(em, HrModule.ENTITY_CERTIFICATION, String.valueOf(cert.id), AuditEntry.CREATE,
                    certificationFields(created));
            return created;
        });
    }

    @Override
    public List<Certification> certifications(String employee) {
        HrCaller caller = HrCaller.current(employments);
        Employment person = employments.of(employee, LocalDate.now())
                .filter(p -> caller.viewer() || caller.isSelf(p.employeeId()))
                .orElseThrow(() -> new NotFoundProblem("Employee", employee));
        return UnitTransactions.read(jpa, em -> certificationEntities(em, person.employeeId()).stream()
                .map(c -> toCertification(c, person.number())).toList());
    }

    @Override
    public List<String> requiredCertifications(String position) {
        long positionId = requirePosition(position);
        return UnitTransactions.read(jpa, em -> requirements(em, positionId).stream()
                .map(r -> r.certificationCode).sorted().toList());
    }

    @Override
    public List<String> requireCertifications(String position, List<String> codes) {
        long positionId = requirePosition(position);
        Validator v = new Validator();
        v.required("certifications", codes);
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                if (v.requiredText("certifications[" + i + "]", code, 40)) {
                    v.matches("certifications[" + i + "]", code, TrainingRules.CODE,
                            "must be letters, digits, '.', '_' or '-' (at most 40)");
                }
            }
        }
        v.throwIfInvalid();
        List<String> wanted = codes.stream().distinct().sorted().toList();
        return UnitTransactions.write(jpa, "Position '" + position + "'", em -> {
            List<RequirementEntity> stored = requirements(em, positionId);
            List<String> before = stored.stream().map(r -> r.certificationCode).sorted().toList();
            for (RequirementEntity r : stored) {
                if (!wanted.contains(r.certificationCode)) {
                    em.remove(r);
                }
            }
            for (String code : wanted) {
                if (!before.contains(code)) {
                    RequirementEntity r = new RequirementEntity();
                    r.positionId = positionId;
                    r.positionCode = position;
                    r.certificationCode = code;
                    em.persist(r);
                }
            }
            em.flush();
            if (!before.equals(wanted)) {
                audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_POSITION, position,
                        "REQUIRE_CERTIFICATIONS", List.of(new FieldChange("requiredCertifications",
                                String.join(",", before), String.join(",", wanted)))));
            }
            return wanted;
        });
    }

    // ---- reports

    @Override
    public List<Certification> expiring(LocalDate from, int days) {
        if (days < 0) {
            throw ValidationFailedException.of("days", "must be zero or more");
        }
        LocalDate to = from.plusDays(days);
        return UnitTransactions.read(jpa, em -> {
            List<CertificationEntity> found = em.createQuery("SELECT c FROM CertificationEntity c WHERE"
                    + " c.expiry IS NOT NULL AND c.expiry >= :from AND c.expiry <= :to AND c.issued <= :from"
                    + " ORDER BY c.expiry, c.id", CertificationEntity.class)
                    .setParameter("from", from).setParameter("to", to).getResultList();
            Map<Long, String> numbers = new HashMap<>();
            return found.stream().map(c -> toCertification(c, number(numbers, c.employeeId, from))).toList();
        });
    }

    @Override
    public List<ComplianceGap> compliance(LocalDate asOf) {
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
                List<Certification> held = certificationEntities(em, person.employeeId()).stream()
                        .map(c -> toCertification(c, person.number())).toList();
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

    @Override
    public List<ExpiryNotice> expiryScan(LocalDate asOf) {
        List<Integer> days = thresholds;
        int widest = days.stream().mapToInt(Integer::intValue).max().orElse(0);
        return UnitTransactions.write(jpa, "Certification expiry scan", em -> {
            List<CertificationEntity> found = em.createQuery("SELECT c FROM CertificationEntity c WHERE"
                    + " c.expiry IS NOT NULL AND c.expiry >= :from AND c.expiry <= :to AND c.issued <= :from"
                    + " ORDER BY c.expiry, c.id", CertificationEntity.class)
                    .setParameter("from", asOf).setParameter("to", asOf.plusDays(widest)).getResultList();
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
                    notices.add(new ExpiryNotice(toCertification(c, number(numbers, c.employeeId, asOf)),
                            due.get(0)));
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
                payload.put("daysLeft", java.time.temporal.ChronoUnit.DAYS.between(asOf, c.expiry()));
                events.append(em, HrModule.TOPIC_CERTIFICATION_EXPIRING, String.valueOf(c.id()), payload);
            }
            return notices;
        });
    }

    // ---- personal data

    @Override
    public Map<String, Object> export(long employeeId) {
        String number = employments.of(employeeId, LocalDate.now()).map(Employment::number).orElse(null);
        return UnitTransactions.read(jpa, em -> {
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
            for (CertificationEntity c : certificationEntities(em, employeeId)) {
                certs.add(certificationFields(toCertification(c, number)));
            }
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("enrolments", enrolments);
            all.put("certifications", certs);
            return all;
        });
    }

    // ---- helpers

    private static final Comparator<EnrolmentEntity> BY_REQUEST = Comparator
            .comparing((EnrolmentEntity e) -> e.requested).thenComparing(e -> e.id);

    private long requirePosition(String code) {
        return employments.positionId(code).orElseThrow(() -> new NotFoundProblem("Position", code));
    }

    private String number(Map<Long, String> cache, long employeeId, LocalDate asOf) {
        return cache.computeIfAbsent(employeeId,
                id -> employments.of(id, asOf).map(Employment::number).orElse(String.valueOf(id)));
    }

    private void audit(EntityManager em, String entity, String id, String action, Map<String, Object> fields) {
        audit.record(em, AuditEntry.of(HrModule.ID, entity, id, action, diff(Map.of(), fields)));
    }

    private static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            Object old = before.get(key);
            Object now = after.get(key);
            if (!java.util.Objects.equals(old, now)) {
                changes.add(new FieldChange(key, old == null ? null : old.toString(),
                        now == null ? null : now.toString()));
            }
        }
        return changes;
    }

    private static Map<String, Object> courseFields(Course c) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", c.code());
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("certificationCode", c.certificationCode());
        m.put("certificationName", c.certificationName());
        m.put("validityMonths", c.validityMonths());
        return m;
    }

    private static Map<String, Object> sessionFields(TrainingSession s) {
        Map<String, Object> m = new HashMap<>();
        m.put("course", s.course());
        m.put("startDate", s.startDate());
        m.put("endDate", s.endDate());
        m.put("trainer", s.trainer());
        m.put("location", s.location());
        m.put("capacity", s.capacity());
        return m;
    }

    private static Map<String, Object> certificationFields(Certification c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("employee", c.employee());
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("issued", c.issued() == null ? null : c.issued().toString());
        m.put("expiry", c.expiry() == null ? null : c.expiry().toString());
        m.put("sessionId", c.sessionId());
        return m;
    }

    private static Optional<CourseEntity> findCourse(EntityManager em, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM CourseEntity c WHERE c.code = :code", CourseEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private static CourseEntity requireCourse(EntityManager em, String code) {
        return findCourse(em, code).orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_COURSE, code));
    }

    private static SessionEntity requireSession(EntityManager em, long id) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw new NotFoundProblem(HrModule.ENTITY_SESSION, String.valueOf(id));
        }
        return s;
    }

    /** The session row locked for the transaction, so two enrolments never take the last seat twice. */
    private static SessionEntity lockSession(EntityManager em, long id) {
        SessionEntity s = requireSession(em, id);
        em.lock(s, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
        return s;
    }

    private static EnrolmentEntity requireEnrolment(EntityManager em, long sessionId, long id) {
        EnrolmentEntity e = em.find(EnrolmentEntity.class, id);
        if (e == null || e.sessionId != sessionId) {
            throw new NotFoundProblem("Enrolment", String.valueOf(id));
        }
        return e;
    }

    private static List<EnrolmentEntity> enrolmentEntities(EntityManager em, long sessionId) {
        return em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.sessionId = :s ORDER BY e.requested, e.id",
                EnrolmentEntity.class).setParameter("s", sessionId).getResultList();
    }

    private static List<CertificationEntity> certificationEntities(EntityManager em, long employeeId) {
        return em.createQuery("SELECT c FROM CertificationEntity c WHERE c.employeeId = :e ORDER BY c.issued, c.id",
                CertificationEntity.class).setParameter("e", employeeId).getResultList();
    }

    private static List<RequirementEntity> requirements(EntityManager em, long positionId) {
        return em.createQuery("SELECT r FROM RequirementEntity r WHERE r.positionId = :p", RequirementEntity.class)
                .setParameter("p", positionId).getResultList();
    }

    private TrainingSession toSession(EntityManager em, SessionEntity s) {
        CourseEntity course = em.find(CourseEntity.class, s.courseId);
        List<EnrolmentEntity> all = enrolmentEntities(em, s.id);
        int enrolled = (int) all.stream().filter(e -> e.status == EnrolmentStatus.ENROLLED
                || e.status == EnrolmentStatus.COMPLETED).count();
        int waiting = (int) all.stream().filter(e -> e.status == EnrolmentStatus.WAITING).count();
        return new TrainingSession(s.id, course.code, s.startDate, s.endDate, s.trainer, s.location, s.capacity,
                enrolled, waiting, s.version);
    }

    private Enrolment toEnrolment(EntityManager em, EnrolmentEntity e, List<EnrolmentEntity> all) {
        Integer position = null;
        if (e.status == EnrolmentStatus.WAITING) {
            List<EnrolmentEntity> waiting = TrainingRules.waitingOrder(
                    all.stream().filter(w -> w.status == EnrolmentStatus.WAITING).toList(), BY_REQUEST);
            position = waiting.stream().map(w -> w.id).toList().indexOf(e.id) + 1;
        }
        String number = employments.of(e.employeeId, LocalDate.now()).map(Employment::number)
                .orElse(String.valueOf(e.employeeId));
        return new Enrolment(e.id, e.sessionId, number, e.status, position, e.attended, e.requested);
    }

    private static Certification toCertification(CertificationEntity c, String number) {
        return new Certification(c.id, number, c.code, c.name, c.issued, c.expiry, c.sessionId);
    }
}
