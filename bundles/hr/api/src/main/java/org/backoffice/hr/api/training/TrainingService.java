package org.backoffice.hr.api.training;

import java.time.LocalDate;
import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Training in HR. Employees are named by their employee number, positions by their code. Writes are for HR managers;
 * reading certifications is for HR viewers too (directory data) and for the employee about themself; anyone else
 * hears 404.
 */
@ProviderType
public interface TrainingService {

    Course createCourse(Course course);

    Course course(String code);

    Page<Course> courses(String text, PageRequest page);

    Course updateCourse(String code, Course course);

    void deleteCourse(String code);

    TrainingSession createSession(TrainingSession session);

    TrainingSession session(long id);

    Page<TrainingSession> sessions(String course, PageRequest page);

    /** Enrols the employee: a seat while there is one, else the end of the waiting list. */
    Enrolment enrol(long sessionId, String employee);

    List<Enrolment> enrolments(long sessionId);

    /** Cancels an enrolment; a freed seat goes to the first waiting. */
    Enrolment cancel(long sessionId, long enrolmentId);

    Enrolment attendance(long sessionId, long enrolmentId, boolean attended);

    /** Completes one enrolment (it needs a seat) and issues the course's certification on {@code on}. */
    Enrolment complete(long sessionId, long enrolmentId, LocalDate on);

    /** Completes every seated enrolment marked attended. */
    List<Enrolment> completeSession(long sessionId, LocalDate on);

    Certification recordCertification(String employee, Certification certification);

    List<Certification> certifications(String employee);

    List<String> requiredCertifications(String position);

    List<String> requireCertifications(String position, List<String> codes);

    /** Valid certifications whose expiry falls from {@code from} to {@code from + days}. */
    List<Certification> expiring(LocalDate from, int days);

    List<ComplianceGap> compliance(LocalDate asOf);

    /** Emits CERTIFICATION_EXPIRING once per certification and threshold; answers what it emitted now. */
    List<ExpiryNotice> expiryScan(LocalDate asOf);
}
