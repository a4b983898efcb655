package org.backoffice.hr.impl.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Contract;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.EmployeeChange;
import org.backoffice.hr.api.employees.EmployeeQuery;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.hr.api.employees.EmployeeStatus;
import org.backoffice.hr.api.employees.HistoryEntry;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.hr.impl.people.HrCaller;
import org.backoffice.hr.impl.people.PersonalDataSource;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ProblemException;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Employees on JPA. Each operation is one transaction writing the employee, its effective-dated rows, its audit
 * record and its event. Access is decided per caller ({@link HrCaller}): what the caller may not see is a 404.
 */
@Component(service = EmployeeService.class, configurationPid = HrConfig.PID)
@Designate(ocd = HrConfig.class)
public final class JpaEmployeeService implements EmployeeService {

    static final String NUMBER_PREFIX = "EMP";

    private final JpaTemplate jpa;
    private final NumberSeries numbers;
    private final EmployeeAccess access;
    private final AuditedChanges<Employee> changes;
    private final EmployeeContracts contracts;
    private final EmployeePersonalData personalData;
    private volatile int retentionYears;
    private volatile boolean indexed;

    /** Leave and training (and any later area) holding personal data about employees. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PersonalDataSource> sources;

    @Activate
    public JpaEmployeeService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events, @Reference NumberSeries numbers, @Reference Employments employments,
            HrConfig config) {
        this.jpa = jpa;
        this.numbers = numbers;
        this.access = new EmployeeAccess(employments, audit);
        this.changes = new AuditedChanges<>(audit, events, new EmployeeChanges());
        this.contracts = new EmployeeContracts(jpa, audit, access, changes);
        this.personalData = new EmployeePersonalData(jpa, audit, access, changes, () -> sources,
                () -> retentionYears, this::history);
        modified(config);
    }

    @Modified
    void modified(HrConfig config) {
        this.retentionYears = Math.max(0, config.retentionYears());
    }

    // ---------------------------------------------------------------- hire, read, find

    @Override
    public Employee hire(Employee employee) {
        access.requireManager();
        EmployeeRules.employee(employee, true).throwIfInvalid();
        return Jpa.write(jpa, "Employee '" + employee.number() + "'", em -> hire(em, employee));
    }

    /** Hires in the running transaction (the CSV import hires many in one). */
    Employee hire(EntityManager em, Employee employee) {
        EmployeeAssignments.Organisation org = EmployeeAssignments.organisation(em, employee.department(),
                employee.position(), employee.manager(), null, employee.hireDate());
        if (employee.number() != null && EmployeeStore.byNumber(em, employee.number()).isPresent()) {
            throw new ConflictProblem("an employee with number '" + employee.number() + "' already exists",
                    Map.of("field", "number"));
        }
        EmployeeAssignments.requireFreeUser(em, employee.user(), null);
        Instant now = Instant.now();
        String number = employee.number() != null ? employee.number().strip()
                : numbers.nextFormatted(em, NUMBER_PREFIX, employee.hireDate().getYear());
        EmployeeEntity entity = EmployeeEntity.hire(employee, number, now);
        em.persist(entity);
        em.flush();
        EmployeeSearchIndex.write(em, entity, true);
        AssignmentEntity first = new AssignmentEntity(entity.id(), employee.hireDate(), "HIRED", org.departmentId(),
                org.positionId(), org.managerId(), EmployeeAssignments.blankToNull(employee.calendar()), now,
                Actor.currentUser());
        em.persist(first);
        entity.current(first, now);
        return changes.created(em, entity, e -> EmployeeStore.view(em, e, employee.hireDate()),
                HrModule.TOPIC_EMPLOYEE_HIRED);
    }

    @Override
    public Optional<Employee> get(String number, LocalDate asOf) {
        HrCaller caller = access.caller();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return Jpa.write(jpa, "Employee '" + number + "'", em -> EmployeeStore.byNumber(em, number)
                .filter(e -> EmployeeAccess.visible(caller, e))
                .map(e -> access.shown(em, caller, e, EmployeeStore.view(em, e, day))));
    }

    @Override
    public Employee require(String number, LocalDate asOf) {
        return get(number, asOf).orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, number));
    }

    @Override
    public Page<Employee> find(EmployeeQuery query, PageRequest page) {
        HrCaller caller = access.caller();
        indexUnindexed();
        return Jpa.read(jpa, em -> {
            PagedQuery select = PagedQuery.of("EmployeeEntity", "e").equal("e.status", query.status());
            EmployeeSearchIndex.matching(select, query.text());
            if (!caller.viewer()) {
                // someone without an HR role sees only themselves in the directory
                select.equal("e.id", caller.employeeId() == null ? -1L : caller.employeeId());
            }
            if (query.department() != null) {
                select.equal("e.departmentId", EmployeeStore.department(em, query.department())
                        .map(DepartmentEntity::id).orElse(-1L));
            }
            if (query.position() != null) {
                select.equal("e.positionId", EmployeeStore.position(em, query.position())
                        .map(PositionEntity::id).orElse(-1L));
            }
            if (query.manager() != null) {
                select.equal("e.managerId", EmployeeStore.byNumber(em, query.manager())
                        .map(EmployeeEntity::id).orElse(-1L));
            }
            // the sort index (family, given name, number, id) covers the first step: deep offsets stay in the index
            return select.pageThroughIds(em, EmployeeEntity.class, "e.id", EmployeeEntity::id,
                    "e.familyName, e.givenName, e.number", page,
                    e -> EmployeeStore.current(em, e).withoutPersonalFields());
        });
    }

    /**
     * Gives search tokens to employees written before the directory search had them (once per service life; an
     * employee written since always has tokens: its number is one).
     */
    private void indexUnindexed() {
        if (!indexed) {
            Jpa.write(jpa, "The employee search index", EmployeeSearchIndex::indexUnindexed);
            indexed = true;
        }
    }

    // ---------------------------------------------------------------- changes

    @Override
    public Employee update(String number, Employee employee) {
        access.requireManager();
        if (employee.number() != null && !employee.number().equals(number)) {
            throw ValidationFailedException.of("number", "cannot be changed (the path names '" + number + "')");
        }
        changes.requireVersion(number, employee.version(), null);
        Validator v = EmployeeRules.employee(employee, false);
        v.throwIfInvalid();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        return Jpa.write(jpa, "Employee '" + number + "'", em -> {
            EmployeeEntity entity = EmployeeStore.require(em, number);
            EmployeeAssignments.requireFreeUser(em, employee.user(), entity.id());
            LocalDate day = today.isBefore(entity.hireDate()) ? entity.hireDate() : today;
            return changes.update(em, entity, employee.version(), e -> EmployeeStore.view(em, e, day), e -> {
                e.apply(employee, now);
                EmployeeSearchIndex.write(em, e, false);
                EmployeeAssignments.assign(em, e, new EmployeeChange(day, employee.department(), employee.position(),
                        employee.manager() == null ? "" : employee.manager(),
                        employee.calendar() == null ? "" : employee.calendar()), now);
            }, AuditEntry.UPDATE, HrModule.TOPIC_EMPLOYEE_CHANGED);
        });
    }

    @Override
    public Employee change(String number, EmployeeChange change) {
        access.requireManager();
        if (change == null || change.effectiveFrom() == null) {
            throw ValidationFailedException.of("effectiveFrom", "is required");
        }
        Instant now = Instant.now();
        return Jpa.write(jpa, "Employee '" + number + "'", em -> {
            EmployeeEntity entity = EmployeeStore.require(em, number);
            Validator v = new Validator();
            v.check(!change.effectiveFrom().isBefore(entity.hireDate()), "effectiveFrom",
                    "must not be before the hire date " + entity.hireDate());
            v.check(entity.terminationDate() == null || !change.effectiveFrom().isAfter(entity.terminationDate()),
                    "effectiveFrom", "must not be after the termination date " + entity.terminationDate());
            v.throwIfInvalid();
            Employee before = EmployeeStore.view(em, entity, change.effectiveFrom());
            EmployeeAssignments.assign(em, entity, change, now);
            em.flush();
            Employee after = EmployeeStore.view(em, entity, change.effectiveFrom());
            List<FieldChange> changed = new ArrayList<>(new EmployeeChanges().changes(before, after));
            if (!changed.isEmpty()) {
                changed.add(new FieldChange("effectiveFrom", null, change.effectiveFrom().toString()));
                changes.record(em, after, "CHANGE", changed, HrModule.TOPIC_EMPLOYEE_CHANGED);
            }
            return EmployeeStore.view(em, entity, LocalDate.now().isBefore(entity.hireDate())
                    ? entity.hireDate() : LocalDate.now());
        });
    }

    @Override
    public List<HistoryEntry> history(String number) {
        HrCaller caller = access.caller();
        return Jpa.read(jpa, em -> {
            EmployeeEntity e = EmployeeAccess.visibleOrThrow(em, caller, number);
            List<HistoryEntry> history = new ArrayList<>();
            for (AssignmentEntity a : EmployeeStore.assignments(em, e.id())) {
                history.add(new HistoryEntry(a.effectiveFrom(), a.kind(),
                        EmployeeStore.departmentCode(em, a.departmentId()),
                        EmployeeStore.positionCode(em, a.positionId()),
                        EmployeeStore.employeeNumber(em, a.managerId()), a.calendar(), null, null, a.recordedAt()));
            }
            for (ContractEntity c : EmployeeStore.contracts(em, e.id())) {
                history.add(new HistoryEntry(c.start(), "CONTRACT", null, null, null, null, c.id(),
                        c.end() == null ? "open-ended" : "until " + c.end(), c.recordedAt()));
            }
            if (e.terminationDate() != null) {
                history.add(new HistoryEntry(e.terminationDate(), "TERMINATED", null, null, null, null, null, null,
                        null));
            }
            history.sort((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
            return history;
        });
    }

    @Override
    public Employee terminate(String number, LocalDate date, String reason) {
        access.requireManager();
        Validator v = new Validator();
        v.required("date", date);
        v.requiredText("reason", reason, 400);
        v.throwIfInvalid();
        Instant now = Instant.now();
        return Jpa.write(jpa, "Employee '" + number + "'", em -> {
            EmployeeEntity entity = EmployeeStore.require(em, number);
            if (entity.status() == EmployeeStatus.TERMINATED) {
                throw new ConflictProblem("employee '" + number + "' is already terminated",
                        Map.of("employeeStatus", entity.status().name()));
            }
            if (date.isBefore(entity.hireDate())) {
                throw ValidationFailedException.of("date", "must not be before the hire date " + entity.hireDate());
            }
            for (ContractEntity c : EmployeeStore.contracts(em, entity.id())) {
                if (c.start().isAfter(date)) {
                    throw ValidationFailedException.of("date", "contract " + c.id() + " starts after it, on "
                            + c.start());
                }
                if (c.end() == null || c.end().isAfter(date)) {
                    c.endOn(date);
                }
            }
            return changes.change(em, entity, e -> EmployeeStore.view(em, e, date),
                    e -> e.terminate(date, reason.strip(), now), "TERMINATE", HrModule.TOPIC_EMPLOYEE_TERMINATED);
        });
    }

    // ---------------------------------------------------------------- contracts

    @Override
    public List<Contract> contracts(String number) {
        return contracts.contracts(number);
    }

    @Override
    public Contract addContract(String number, Contract contract) {
        return contracts.addContract(number, contract);
    }

    @Override
    public List<Contract> contractsInForce(LocalDate from, LocalDate to) {
        return contracts.contractsInForce(from, to);
    }

    // ---------------------------------------------------------------- personal data

    @Override
    public Map<String, Object> personalData(String number) {
        return personalData.personalData(number);
    }

    @Override
    public Employee setLegalHold(String number, boolean hold) {
        return personalData.setLegalHold(number, hold);
    }

    @Override
    public Employee anonymise(String number) {
        return personalData.anonymise(number);
    }

    // ---------------------------------------------------------------- CSV

    @Override
    public List<Employee> importCsv(String csv) {
        access.requireManager();
        List<Employee> rows = EmployeeCsvFormat.parse(csv);
        return Jpa.write(jpa, "the employee import", em -> {
            List<FieldError> errors = new ArrayList<>();
            List<Employee> hired = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String row = "row " + (i + 1) + ".";
                Employee employee = rows.get(i);
                try {
                    EmployeeRules.employee(employee, true).throwIfInvalid();
                    hired.add(hire(em, employee).withoutPersonalFields());
                } catch (ValidationFailedException e) {
                    errors.addAll(e.prefixed(row).errors());
                } catch (ProblemException e) {
                    Object field = e.extensions().get("field");
                    errors.add(new FieldError(row + (field == null ? "number" : field), e.detail()));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationFailedException(errors);   // rolls the whole import back
            }
            return hired;
        });
    }

    @Override
    public String exportCsv() {
        HrCaller caller = access.caller();
        if (!caller.viewer()) {
            throw new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, "export");
        }
        return Jpa.read(jpa, em -> EmployeeCsvFormat.format(em.createQuery(
                "SELECT e FROM EmployeeEntity e ORDER BY e.number", EmployeeEntity.class).getResultList().stream()
                .map(e -> EmployeeStore.current(em, e)).toList()));
    }

    // ---------------------------------------------------------------- helpers
}
