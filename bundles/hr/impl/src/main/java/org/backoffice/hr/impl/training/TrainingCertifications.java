package org.backoffice.hr.impl.training;

import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.support.jpa.UnitTransactions;

/** Certifications an employee holds (issued by a course or recorded by hand) and those a position requires. */
final class TrainingCertifications {

    private final JpaTemplate jpa;
    private final Employments employments;
    private final TrainingAudit audit;

    TrainingCertifications(JpaTemplate jpa, Employments employments, TrainingAudit audit) {
        this.jpa = jpa;
        this.employments = employments;
        this.audit = audit;
    }

    Certification record(String employee, Certification certification) {
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
            Certification created = TrainingViews.toCertification(cert, person.number());
            audit.record(em, HrModule.ENTITY_CERTIFICATION, String.valueOf(cert.id), AuditEntry.CREATE,
                    TrainingAudit.certificationFields(created));
            return created;
        });
    }

    /** An employee's certifications, for HR and the employee; anyone else gets a 404. */
    List<Certification> held(String employee) {
        HrCaller caller = HrCaller.current(employments);
        Employment person = employments.of(employee, LocalDate.now())
                .filter(p -> caller.viewer() || caller.isSelf(p.employeeId()))
                .orElseThrow(() -> new NotFoundProblem("Employee", employee));
        return UnitTransactions.read(jpa, em -> TrainingLookups.certificationEntities(em, person.employeeId())
                .stream().map(c -> TrainingViews.toCertification(c, person.number())).toList());
    }

    List<String> required(String position) {
        long positionId = requirePosition(position);
        return UnitTransactions.read(jpa, em -> TrainingLookups.requirements(em, positionId).stream()
                .map(r -> r.certificationCode).sorted().toList());
    }

    /** Sets the certifications {@code position} requires to exactly {@code codes}. */
    List<String> require(String position, List<String> codes) {
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
            List<RequirementEntity> stored = TrainingLookups.requirements(em, positionId);
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
                audit.record(em, HrModule.ENTITY_POSITION, position, "REQUIRE_CERTIFICATIONS",
                        List.of(new FieldChange("requiredCertifications", String.join(",", before),
                                String.join(",", wanted))));
            }
            return wanted;
        });
    }

    private long requirePosition(String code) {
        return employments.positionId(code).orElseThrow(() -> new NotFoundProblem("Position", code));
    }
}
