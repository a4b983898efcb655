package org.backoffice.hr.impl.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.ComplianceGap;
import org.backoffice.hr.api.training.Course;
import org.backoffice.hr.api.training.Enrolment;
import org.backoffice.hr.api.training.ExpiryNotice;
import org.backoffice.hr.api.training.TrainingService;
import org.backoffice.hr.api.training.TrainingSession;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training on JPA. Each use case is one transaction; its audit record (and the expiry scan's events, last) commit
 * with it. Employees are checked and named through {@link Employments}; positions by {@code positionId(code)}. The
 * use cases live in package-private collaborators by concern: {@link TrainingCatalogue} (courses, sessions),
 * {@link TrainingEnrolments} (waiting list, attendance, completion), {@link TrainingCertifications} (held and
 * required), {@link TrainingCompliance} (expiry and gap reports, the expiry scan).
 */
@Component(service = {TrainingService.class, TrainingStore.class})
public final class JpaTrainingService implements TrainingService, TrainingStore {

    private final JpaTemplate jpa;
    private final Employments employments;
    private final TrainingViews views;
    private final TrainingCatalogue catalogue;
    private final TrainingEnrolments enrolments;
    private final TrainingCertifications certifications;
    private final TrainingCompliance compliance;

    @Activate
    public JpaTrainingService(@Reference(target = "(osgi.unit.name=backoffice-hr)") JpaTemplate jpa,
            @Reference AuditTrail audit, @Reference EventLog events, @Reference Employments employments) {
        this.jpa = jpa;
        this.employments = employments;
        TrainingAudit trail = new TrainingAudit(audit);
        this.views = new TrainingViews(employments);
        this.catalogue = new TrainingCatalogue(jpa, trail, views);
        this.enrolments = new TrainingEnrolments(jpa, employments, trail, views);
        this.certifications = new TrainingCertifications(jpa, employments, trail);
        this.compliance = new TrainingCompliance(jpa, events, employments, views);
    }

    @Override
    public void thresholds(List<Integer> days) {
        compliance.thresholds(days);
    }

    // ---- courses and sessions

    @Override
    public Course createCourse(Course course) {
        return catalogue.createCourse(course);
    }

    @Override
    public Course course(String code) {
        return catalogue.course(code);
    }

    @Override
    public Page<Course> courses(String text, PageRequest page) {
        return catalogue.courses(text, page);
    }

    @Override
    public Course updateCourse(String code, Course course) {
        return catalogue.updateCourse(code, course);
    }

    @Override
    public void deleteCourse(String code) {
        catalogue.deleteCourse(code);
    }

    @Override
    public TrainingSession createSession(TrainingSession session) {
        return catalogue.createSession(session);
    }

    @Override
    public TrainingSession session(long id) {
        return catalogue.session(id);
    }

    @Override
    public Page<TrainingSession> sessions(String course, PageRequest page) {
        return catalogue.sessions(course, page);
    }

    // ---- enrolments

    @Override
    public Enrolment enrol(long sessionId, String employee) {
        return enrolments.enrol(sessionId, employee);
    }

    @Override
    public List<Enrolment> enrolments(long sessionId) {
        return enrolments.enrolments(sessionId);
    }

    @Override
    public Enrolment cancel(long sessionId, long enrolmentId) {
        return enrolments.cancel(sessionId, enrolmentId);
    }

    @Override
    public Enrolment attendance(long sessionId, long enrolmentId, boolean attended) {
        return enrolments.attendance(sessionId, enrolmentId, attended);
    }

    @Override
    public Enrolment complete(long sessionId, long enrolmentId, LocalDate on) {
        return enrolments.complete(sessionId, enrolmentId, on);
    }

    @Override
    public List<Enrolment> completeSession(long sessionId, LocalDate on) {
        return enrolments.completeSession(sessionId, on);
    }

    // ---- certifications

    @Override
    public Certification recordCertification(String employee, Certification certification) {
        return certifications.record(employee, certification);
    }

    @Override
    public List<Certification> certifications(String employee) {
        return certifications.held(employee);
    }

    @Override
    public List<String> requiredCertifications(String position) {
        return certifications.required(position);
    }

    @Override
    public List<String> requireCertifications(String position, List<String> codes) {
        return certifications.require(position, codes);
    }

    // ---- reports

    @Override
    public List<Certification> expiring(LocalDate from, int days) {
        return compliance.expiring(from, days);
    }

    @Override
    public List<ComplianceGap> compliance(LocalDate asOf) {
        return compliance.compliance(asOf);
    }

    @Override
    public List<ExpiryNotice> expiryScan(LocalDate asOf) {
        return compliance.expiryScan(asOf);
    }

    // ---- personal data

    @Override
    public Map<String, Object> export(long employeeId) {
        String number = employments.of(employeeId, LocalDate.now()).map(Employment::number).orElse(null);
        return UnitTransactions.read(jpa, em -> views.export(em, employeeId, number));
    }
}
