package org.backoffice.hr.impl.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Contract;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * Employment contracts: listed (pay only for those who see personal fields, audited), added as new versions that end
 * the one in force the day before, and all contracts in force over a period (for payroll).
 */
final class EmployeeContracts {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EmployeeAccess access;
    private final AuditedChanges<Employee> changes;

    EmployeeContracts(JpaTemplate jpa, AuditTrail audit, EmployeeAccess access, AuditedChanges<Employee> changes) {
        this.jpa = jpa;
        this.audit = audit;
        this.access = access;
        this.changes = changes;
    }

    List<Contract> contracts(String number) {
        HrCaller caller = access.caller();
        return Jpa.write(jpa, "Employee '" + number + "'", em -> {
            EmployeeEntity e = EmployeeAccess.visibleOrThrow(em, caller, number);
            boolean pay = caller.seesPersonal(e.id());
            if (pay) {
                access.auditRead(em, e, "contracts");
            }
            return EmployeeStore.contracts(em, e.id()).stream().map(c -> c.toContract(e.number(), pay)).toList();
        });
    }

    Contract addContract(String number, Contract contract) {
        access.requireManager();
        if (contract == null) {
            throw ValidationFailedException.of("contract", "is required");
        }
        EmployeeRules.contract(contract);
        Instant now = Instant.now();
        return Jpa.write(jpa, "Contract of '" + number + "'", em -> {
            EmployeeEntity e = EmployeeStore.require(em, number);
            Validator v = new Validator();
            v.check(!contract.start().isBefore(e.hireDate()), "start",
                    "must not be before the hire date " + e.hireDate());
            v.check(e.terminationDate() == null || !contract.start().isAfter(e.terminationDate()), "start",
                    "must not be after the termination date " + e.terminationDate());
            v.throwIfInvalid();
            List<ContractEntity> existing = EmployeeStore.contracts(em, e.id());
            ContractEntity latest = existing.isEmpty() ? null : existing.get(existing.size() - 1);
            for (ContractEntity c : existing) {
                boolean overlaps = !contract.start().isAfter(c.end() == null ? LocalDate.MAX : c.end())
                        && (contract.end() == null || !contract.end().isBefore(c.start()));
                if (!overlaps) {
                    continue;
                }
                if (c == latest && contract.start().isAfter(c.start())) {
                    // a new version (a raise, a change of hours): the one in force ends the day before
                    c.endOn(contract.start().minusDays(1));
                } else {
                    throw ValidationFailedException.of("start", "overlaps contract " + c.id() + " from " + c.start()
                            + (c.end() == null ? " (open-ended)" : " to " + c.end())
                            + "; a new version must start after the latest contract's start");
                }
            }
            ContractEntity created = new ContractEntity(e.id(), contract, now);
            em.persist(created);
            em.flush();
            Contract view = created.toContract(e.number(), true);
            audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_CONTRACT, e.number() + "/" + created.id(),
                    AuditEntry.CREATE, new ChangeSet()
                            .created("type", view.type())
                            .created("start", view.start())
                            .created("end", view.end())
                            .created("ftePercent", view.ftePercent())
                            .created("pay", view.payAmount() == null ? null : EmployeeChanges.HIDDEN)
                            .changes()));
            changes.record(em, EmployeeStore.view(em, e, contract.start()), "CONTRACT",
                    List.of(new FieldChange("contract", null, String.valueOf(created.id()))),
                    HrModule.TOPIC_EMPLOYEE_CHANGED);
            return view;
        });
    }

    List<Contract> contractsInForce(LocalDate from, LocalDate to) {
        access.requireManager();
        Validator v = new Validator();
        v.required("from", from);
        v.required("to", to);
        if (from != null && to != null) {
            v.check(!to.isBefore(from), "to", "must not be before from");
        }
        v.throwIfInvalid();
        return Jpa.read(jpa, em -> em.createQuery("SELECT c, e.number FROM ContractEntity c, EmployeeEntity e"
                + " WHERE e.id = c.employeeId AND c.start <= :to AND (c.end IS NULL OR c.end >= :from)"
                + " ORDER BY e.number, c.start", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> ((ContractEntity) row[0]).toContract((String) row[1], true)).toList());
    }
}
