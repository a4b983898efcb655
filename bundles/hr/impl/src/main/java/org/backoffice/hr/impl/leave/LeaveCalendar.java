package org.backoffice.hr.impl.leave;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.Absence;
import org.backoffice.hr.api.leave.ClosedPeriod;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.support.jpa.UnitTransactions;

/** The team absence calendar, and the closed periods in which no leave (of one type or any) may be requested. */
final class LeaveCalendar {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final Employments employments;
    private final LeaveAccess access;

    LeaveCalendar(JpaTemplate jpa, AuditTrail audit, Employments employments, LeaveAccess access) {
        this.jpa = jpa;
        this.audit = audit;
        this.employments = employments;
        this.access = access;
    }

    List<Absence> calendar(String department, LocalDate from, LocalDate to) {
        HrCaller caller = access.caller();
        if (!caller.viewer()) {
            throw new NotFoundProblem("Department", department);
        }
        Validator v = new Validator();
        v.required("from", from);
        v.required("to", to);
        Long departmentId = department == null ? null : employments.departmentId(department).orElse(null);
        v.check(department == null || departmentId != null, "department", "unknown department '" + department + "'");
        if (from != null && to != null) {
            v.check(!to.isBefore(from), "to", "is before from");
        }
        v.throwIfInvalid();
        Set<Long> ids = departmentId == null ? null
                : employments.inDepartment(departmentId, true, from).stream().map(Employment::employeeId)
                        .collect(Collectors.toSet());
        return UnitTransactions.read(jpa, em -> em.createQuery("SELECT r FROM LeaveRequestEntity r"
                + " WHERE r.state IN :open AND r.from <= :to AND r.to >= :from ORDER BY r.from, r.employeeNumber",
                LeaveRequestEntity.class).setParameter("open", LeaveRequests.OPEN).setParameter("from", from)
                .setParameter("to", to).getResultStream()
                .filter(r -> ids == null || ids.contains(r.employeeId()))
                .map(r -> r.toRequest(false))
                .map(r -> new Absence(r.employee(), r.employeeName(), r.type(), r.from(), r.to(), r.part(),
                        r.state()))
                .toList());
    }

    List<ClosedPeriod> closedPeriods() {
        return UnitTransactions.read(jpa, em -> em.createQuery("SELECT p FROM ClosedPeriodEntity p ORDER BY p.from",
                ClosedPeriodEntity.class).getResultStream().map(ClosedPeriodEntity::toPeriod).toList());
    }

    ClosedPeriod addClosedPeriod(ClosedPeriod period) {
        if (!access.caller().manager()) {
            throw new NotFoundProblem("Closed period", "new");
        }
        Validator v = new Validator();
        v.required("from", period.from());
        v.required("to", period.to());
        v.requiredText("name", period.name(), 100);
        if (period.from() != null && period.to() != null) {
            v.check(!period.to().isBefore(period.from()), "to", "is before from");
        }
        v.throwIfInvalid();
        return UnitTransactions.write(jpa, "Closed period", em -> {
            if (period.type() != null) {
                JpaLeaveTypeService.known(em, period.type());
            }
            ClosedPeriodEntity e = ClosedPeriodEntity.of(period);
            em.persist(e);
            em.flush();
            audit.record(em, AuditEntry.of(HrModule.ID, "LeaveClosedPeriod", String.valueOf(e.toPeriod().id()),
                    AuditEntry.CREATE, new ChangeSet().compare("from", null, period.from())
                            .compare("to", null, period.to()).compare("name", null, period.name()).changes()));
            return e.toPeriod();
        });
    }

    /** The first closed period that {@code from}..{@code to} touches for leave of {@code type}. */
    static Optional<ClosedPeriod> closedPeriod(EntityManager em, String type, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT p FROM ClosedPeriodEntity p WHERE p.from <= :to AND p.to >= :from"
                + " AND (p.type IS NULL OR p.type = :type)", ClosedPeriodEntity.class)
                .setParameter("from", from).setParameter("to", to).setParameter("type", type)
                .getResultStream().map(ClosedPeriodEntity::toPeriod).findFirst();
    }
}
