package org.backoffice.hr.impl.employees;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.platform.api.audit.AuditedType;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/**
 * How an employee is audited. Personal fields are named but never written out: the audit trail outlives
 * anonymisation, so it must not keep a birth date or a bank account.
 */
final class EmployeeChanges implements AuditedType<Employee> {

    static final String HIDDEN = "(personal)";
    private static final Employee NONE = new Employee(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    @Override
    public String module() {
        return HrModule.ID;
    }

    @Override
    public String entity() {
        return HrModule.ENTITY_EMPLOYEE;
    }

    @Override
    public String id(Employee employee) {
        return employee.number();
    }

    @Override
    public Long version(Employee employee) {
        return employee.version();
    }

    @Override
    public List<FieldChange> changes(Employee before, Employee after) {
        Employee b = before == null ? NONE : before;
        ChangeSet set = new ChangeSet()
                .compare("number", b.number(), after.number())
                .compare("givenName", b.givenName(), after.givenName())
                .compare("familyName", b.familyName(), after.familyName())
                .compare("preferredName", b.preferredName(), after.preferredName())
                .compare("workEmail", b.workEmail(), after.workEmail())
                .compare("workPhone", b.workPhone(), after.workPhone())
                .compare("hireDate", b.hireDate(), after.hireDate())
                .compare("terminationDate", b.terminationDate(), after.terminationDate())
                .compare("status", b.status(), after.status())
                .compare("department", b.department(), after.department())
                .compare("position", b.position(), after.position())
                .compare("manager", b.manager(), after.manager())
                .compare("costCentre", b.costCentre(), after.costCentre())
                .compare("calendar", b.calendar(), after.calendar())
                .compare("user", b.user(), after.user())
                .compare("legalHold", b.legalHold(), after.legalHold());
        personal(set, "birthDate", b.birthDate(), after.birthDate());
        personal(set, "nationalId", b.nationalId(), after.nationalId());
        personal(set, "homeAddress", b.homeAddress(), after.homeAddress());
        personal(set, "iban", b.iban(), after.iban());
        personal(set, "bic", b.bic(), after.bic());
        personal(set, "emergencyContact", b.emergencyContact(), after.emergencyContact());
        personal(set, "terminationReason", b.terminationReason(), after.terminationReason());
        personal(set, "notes", b.notes(), after.notes());
        return set.changes();
    }

    private static void personal(ChangeSet set, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            set.compare(field, before == null ? null : HIDDEN, after == null ? null : HIDDEN + " changed");
        }
    }

    @Override
    public Map<String, Object> payload(Employee employee, List<FieldChange> changes) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("number", employee.number());
        payload.put("name", employee.displayName());
        payload.put("status", employee.status().name());
        payload.put("hireDate", String.valueOf(employee.hireDate()));
        if (employee.terminationDate() != null) {
            payload.put("terminationDate", employee.terminationDate().toString());
        }
        if (employee.department() != null) {
            payload.put("department", employee.department());
        }
        if (employee.user() != null) {
            payload.put("user", employee.user());
        }
        payload.put("changedFields", changes.stream().map(FieldChange::field).toList());
        return payload;
    }
}
