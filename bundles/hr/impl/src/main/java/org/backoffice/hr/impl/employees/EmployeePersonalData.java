package org.backoffice.hr.impl.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.EmployeeStatus;
import org.backoffice.hr.api.employees.HistoryEntry;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.hr.impl.people.PersonalDataSource;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;

/**
 * An employee's personal data under the GDPR: the export of everything held (every HR area's part included), the
 * legal hold, and anonymisation after the retention period.
 */
final class EmployeePersonalData {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EmployeeAccess access;
    private final AuditedChanges<Employee> changes;
    private final Supplier<List<PersonalDataSource>> sources;
    private final IntSupplier retentionYears;
    private final Function<String, List<HistoryEntry>> history;

    EmployeePersonalData(JpaTemplate jpa, AuditTrail audit, EmployeeAccess access, AuditedChanges<Employee> changes,
            Supplier<List<PersonalDataSource>> sources, IntSupplier retentionYears,
            Function<String, List<HistoryEntry>> history) {
        this.jpa = jpa;
        this.audit = audit;
        this.access = access;
        this.changes = changes;
        this.sources = sources;
        this.retentionYears = retentionYears;
        this.history = history;
    }

    Map<String, Object> personalData(String number) {
        HrCaller caller = access.caller();
        Map<String, Object> export = Jpa.write(jpa, "Employee '" + number + "'", em -> {
            EmployeeEntity e = EmployeeStore.byNumber(em, number).filter(x -> EmployeeAccess.visible(caller, x))
                    .orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, number));
            if (!caller.seesPersonal(e.id())) {
                throw new PersonalDataForbidden(number);
            }
            access.auditRead(em, e, "personal-data export");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("employee", EmployeeStore.view(em, e, LocalDate.now()));
            data.put("contracts", EmployeeStore.contracts(em, e.id()).stream()
                    .map(c -> c.toContract(e.number(), true)).toList());
            data.put("employeeId", e.id());
            return data;
        });
        export.put("history", history.apply(number));
        export.put("audit", audit.find(AuditQuery.forEntity(HrModule.ID, HrModule.ENTITY_EMPLOYEE, number),
                PageRequest.of(0, PageRequest.MAX_LIMIT)).items());
        long id = (Long) export.remove("employeeId");
        List<PersonalDataSource> areas = sources.get();
        if (areas != null) {
            for (PersonalDataSource source : areas) {
                export.put(source.area(), source.export(id));
            }
        }
        return export;
    }

    Employee setLegalHold(String number, boolean hold) {
        access.requireManager();
        Instant now = Instant.now();
        return Jpa.write(jpa, "Employee '" + number + "'", em -> changes.change(em, EmployeeStore.require(em, number),
                e -> EmployeeStore.view(em, e, LocalDate.now()), e -> e.setLegalHold(hold, now),
                hold ? "LEGAL_HOLD_SET" : "LEGAL_HOLD_CLEARED", HrModule.TOPIC_EMPLOYEE_CHANGED));
    }

    Employee anonymise(String number) {
        access.requireManager();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        int years = retentionYears.getAsInt();
        return Jpa.write(jpa, "Employee '" + number + "'", em -> {
            EmployeeEntity e = EmployeeStore.require(em, number);
            if (e.legalHold()) {
                throw new ConflictProblem("employee '" + number + "' is under a legal hold", Map.of("legalHold", true));
            }
            if (e.anonymisedAt() != null) {
                throw new ConflictProblem("employee '" + number + "' was anonymised on " + e.anonymisedAt(),
                        Map.of("anonymisedAt", e.anonymisedAt().toString()));
            }
            if (e.status() != EmployeeStatus.TERMINATED || e.terminationDate().plusYears(years).isAfter(today)) {
                throw new ConflictProblem("employee '" + number + "' can be anonymised only when terminated "
                        + years + " years ago or more" + (e.terminationDate() == null ? ""
                        : " (terminated on " + e.terminationDate() + ")"),
                        Map.of("retentionYears", years));
            }
            List<PersonalDataSource> areas = sources.get();
            if (areas != null) {
                for (PersonalDataSource source : areas) {
                    source.anonymise(e.id());
                }
            }
            e.anonymise(now);
            EmployeeSearchIndex.write(em, e, false);
            em.flush();
            Employee after = EmployeeStore.view(em, e, e.terminationDate());
            changes.record(em, after, "ANONYMISE", List.of(new FieldChange("personalFields", EmployeeChanges.HIDDEN,
                    "anonymised")), HrModule.TOPIC_EMPLOYEE_ANONYMISED);
            return after;
        });
    }
}
