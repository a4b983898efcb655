package org.backoffice.hr.impl.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.AuditedChanges;
import org.backoffice.platform.api.audit.ChangeSet;
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
import org.backoffice.platform.api.persistence.SearchTokens;
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
    static final String READ_PERSONAL = "READ_PERSONAL";

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final NumberSeries numbers;
    private final Employments employments;
    private final AuditedChanges<Employee> changes;
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
        this.audit = audit;
        this.numbers = numbers;
        this.employments = employments;
        this.changes = new AuditedChanges<>(audit, events, new EmployeeChanges());
        modified(config);
    }

    @Modified
    void modified(HrConfig config) {
        this.retentionYears = Math.max(0, config.retentionYears());
    }

    // ---------------------------------------------------------------- hire, read, find

    @Override
    public Employee hire(Employee employee) {
        requireManager();
        EmployeeRules.employee(employee, true).throwIfInvalid();
        return Jpa.write(jpa, "Employee '" + employee.number() + "'", em -> hire(em, employee));
    }

    /** Hires in the running transaction (the CSV import hires many in one). */
    Employee hire(EntityManager em, Employee employee) {
        Organisation org = organisation(em, employee.department(), employee.position(), employee.manager(), null,
                employee.hireDate());
        if (employee.number() != null && EmployeeStore.byNumber(em, employee.number()).isPresent()) {
            throw new ConflictProblem("an employee with number '" + employee.number() + "' already exists",
                    Map.of("field", "number"));
        }
        requireFreeUser(em, employee.user(), null);
        Instant now = Instant.now();
        String number = employee.number() != null ? employee.number().strip()
                : numbers.nextFormatted(em, NUMBER_PREFIX, employee.hireDate().getYear());
        EmployeeEntity entity = EmployeeEntity.hire(employee, number, now);
        em.persist(entity);
        em.flush();
        AssignmentEntity first = new AssignmentEntity(entity.id(), employee.hireDate(), "HIRED", org.departmentId,
                org.positionId, org.managerId, blankToNull(employee.calendar()), now, Actor.currentUser());
        em.persist(first);
        entity.current(first, now);
        return changes.created(em, entity, e -> EmployeeStore.view(em, e, employee.hireDate()),
                HrModule.TOPIC_EMPLOYEE_HIRED);
    }

    @Override
    public Optional<Employee> get(String number, LocalDate asOf) {
        HrCaller caller = caller();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return Jpa.write(jpa, "Employee '" + number + "'", em -> EmployeeStore.byNumber(em, number)
                .filter(e -> visible(caller, e))
                .map(e -> shown(em, caller, e, EmployeeStore.view(em, e, day))));
    }

    @Override
    public Employee require(String number, LocalDate asOf) {
        return get(number, asOf).orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, number));
    }

    @Override
    public Page<Employee> find(EmployeeQuery query, PageRequest page) {
        HrCaller caller = caller();
        indexUnindexed();
        return Jpa.read(jpa, em -> {
            PagedQuery select = PagedQuery.of("EmployeeEntity", "e").equal("e.status", query.status());
            for (String word : SearchTokens.queryPatterns(query.text())) {
                select.where("e.id IN (SELECT s.id FROM EmployeeEntity s JOIN s.tokens t WHERE t LIKE :value)", word);
            }
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
            return select.page(em, EmployeeEntity.class, "e.familyName, e.givenName, e.number", page,
                    e -> EmployeeStore.current(em, e).withoutPersonalFields());
        });
    }

    /**
     * Gives search tokens to employees written before the directory search had them (once per service life; an
     * employee written since always has tokens: its number is one).
     */
    private void indexUnindexed() {
        if (!indexed) {
            Jpa.write(jpa, "The employee search index", em -> {
                em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.tokens IS EMPTY", EmployeeEntity.class)
                        .getResultList().forEach(EmployeeEntity::indexForSearch);
                return null;
            });
            indexed = true;
        }
    }

    // ---------------------------------------------------------------- changes

    @Override
    public Employee update(String number, Employee employee) {
        requireManager();
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
            requireFreeUser(em, employee.user(), entity.id());
            LocalDate day = today.isBefore(entity.hireDate()) ? entity.hireDate() : today;
            return changes.update(em, entity, employee.version(), e -> EmployeeStore.view(em, e, day), e -> {
                e.apply(employee, now);
                assign(em, e, new EmployeeChange(day, employee.department(), employee.position(),
                        employee.manager() == null ? "" : employee.manager(),
                        employee.calendar() == null ? "" : employee.calendar()), now);
            }, AuditEntry.UPDATE, HrModule.TOPIC_EMPLOYEE_CHANGED);
        });
    }

    @Override
    public Employee change(String number, EmployeeChange change) {
        requireManager();
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
            assign(em, entity, change, now);
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

    /**
     * Writes the assignment from {@code change.effectiveFrom()}: values not given are those in force that day; a row
     * of the same day is replaced, later rows stay (they are changes of their own).
     */
    private void assign(EntityManager em, EmployeeEntity entity, EmployeeChange change, Instant now) {
        LocalDate day = change.effectiveFrom();
        AssignmentEntity inForce = EmployeeStore.assignmentOn(em, entity.id(), day).orElse(null);
        Long department = inForce == null ? null : inForce.departmentId();
        Long position = inForce == null ? null : inForce.positionId();
        Long manager = inForce == null ? null : inForce.managerId();
        String calendar = inForce == null ? null : inForce.calendar();
        Organisation org = organisation(em, blankToNull(change.department()), blankToNull(change.position()),
                blankToNull(change.manager()), entity, day);
        if (change.department() != null) {
            department = org.departmentId;
        }
        if (change.position() != null) {
            position = org.positionId;
        }
        if (change.manager() != null) {
            manager = org.managerId;
        }
        if (change.calendar() != null) {
            calendar = blankToNull(change.calendar());
        }
        if (inForce != null && Objects.equals(department, inForce.departmentId())
                && Objects.equals(position, inForce.positionId()) && Objects.equals(manager, inForce.managerId())
                && Objects.equals(calendar, inForce.calendar())) {
            return;
        }
        if (inForce != null && inForce.effectiveFrom().equals(day)) {
            inForce.set(department, position, manager, calendar, now, Actor.currentUser());
        } else {
            em.persist(new AssignmentEntity(entity.id(), day, "ASSIGNMENT", department, position, manager, calendar,
                    now, Actor.currentUser()));
        }
        em.flush();
        LocalDate today = LocalDate.now();
        entity.current(EmployeeStore.assignmentOn(em, entity.id(), today.isBefore(entity.hireDate())
                ? entity.hireDate() : today).orElse(null), now);
    }

    @Override
    public List<HistoryEntry> history(String number) {
        HrCaller caller = caller();
        return Jpa.read(jpa, em -> {
            EmployeeEntity e = visibleOrThrow(em, caller, number);
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
        requireManager();
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
        HrCaller caller = caller();
        return Jpa.write(jpa, "Employee '" + number + "'", em -> {
            EmployeeEntity e = visibleOrThrow(em, caller, number);
            boolean pay = caller.seesPersonal(e.id());
            if (pay) {
                auditRead(em, e, "contracts");
            }
            return EmployeeStore.contracts(em, e.id()).stream().map(c -> c.toContract(e.number(), pay)).toList();
        });
    }

    @Override
    public Contract addContract(String number, Contract contract) {
        requireManager();
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

    @Override
    public List<Contract> contractsInForce(LocalDate from, LocalDate to) {
        requireManager();
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

    // ---------------------------------------------------------------- personal data

    @Override
    public Map<String, Object> personalData(String number) {
        HrCaller caller = caller();
        Map<String, Object> export = Jpa.write(jpa, "Employee '" + number + "'", em -> {
            EmployeeEntity e = EmployeeStore.byNumber(em, number).filter(x -> visible(caller, x))
                    .orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, number));
            if (!caller.seesPersonal(e.id())) {
                throw new PersonalDataForbidden(number);
            }
            auditRead(em, e, "personal-data export");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("employee", EmployeeStore.view(em, e, LocalDate.now()));
            data.put("contracts", EmployeeStore.contracts(em, e.id()).stream()
                    .map(c -> c.toContract(e.number(), true)).toList());
            data.put("employeeId", e.id());
            return data;
        });
        export.put("history", history(number));
        export.put("audit", audit.find(AuditQuery.forEntity(HrModule.ID, HrModule.ENTITY_EMPLOYEE, number),
                PageRequest.of(0, PageRequest.MAX_LIMIT)).items());
        long id = (Long) export.remove("employeeId");
        List<PersonalDataSource> areas = sources;
        if (areas != null) {
            for (PersonalDataSource source : areas) {
                export.put(source.area(), source.export(id));
            }
        }
        return export;
    }

    @Override
    public Employee setLegalHold(String number, boolean hold) {
        requireManager();
        Instant now = Instant.now();
        return Jpa.write(jpa, "Employee '" + number + "'", em -> changes.change(em, EmployeeStore.require(em, number),
                e -> EmployeeStore.view(em, e, LocalDate.now()), e -> e.setLegalHold(hold, now),
                hold ? "LEGAL_HOLD_SET" : "LEGAL_HOLD_CLEARED", HrModule.TOPIC_EMPLOYEE_CHANGED));
    }

    @Override
    public Employee anonymise(String number) {
        requireManager();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        int years = retentionYears;
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
            List<PersonalDataSource> areas = sources;
            if (areas != null) {
                for (PersonalDataSource source : areas) {
                    source.anonymise(e.id());
                }
            }
            e.anonymise(now);
            em.flush();
            Employee after = EmployeeStore.view(em, e, e.terminationDate());
            changes.record(em, after, "ANONYMISE", List.of(new FieldChange("personalFields", EmployeeChanges.HIDDEN,
                    "anonymised")), HrModule.TOPIC_EMPLOYEE_ANONYMISED);
            return after;
        });
    }

    // ---------------------------------------------------------------- CSV

    @Override
    public List<Employee> importCsv(String csv) {
        requireManager();
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
        HrCaller caller = caller();
        if (!caller.viewer()) {
            throw new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, "export");
        }
        return Jpa.read(jpa, em -> EmployeeCsvFormat.format(em.createQuery(
                "SELECT e FROM EmployeeEntity e ORDER BY e.number", EmployeeEntity.class).getResultList().stream()
                .map(e -> EmployeeStore.current(em, e)).toList()));
    }

    // ---------------------------------------------------------------- helpers

    private HrCaller caller() {
        return HrCaller.current(employments);
    }

    private void requireManager() {
        if (!caller().manager()) {
            throw new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, "(hr-manager only)");
        }
    }

    private static boolean visible(HrCaller caller, EmployeeEntity e) {
        return caller.viewer() || caller.isSelf(e.id());
    }

    private static EmployeeEntity visibleOrThrow(EntityManager em, HrCaller caller, String number) {
        return EmployeeStore.byNumber(em, number).filter(e -> visible(caller, e))
                .orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_EMPLOYEE, number));
    }

    /** The record as the caller may see it; showing personal fields is audited. */
    private Employee shown(EntityManager em, HrCaller caller, EmployeeEntity e, Employee employee) {
        if (!caller.seesPersonal(e.id())) {
            return employee.withoutPersonalFields();
        }
        auditRead(em, e, "employee record");
        return employee;
    }

    private void auditRead(EntityManager em, EmployeeEntity e, String what) {
        audit.record(em, AuditEntry.of(HrModule.ID, HrModule.ENTITY_EMPLOYEE, e.number(), READ_PERSONAL,
                List.of(new FieldChange("read", null, what))));
    }

    private static void requireFreeUser(EntityManager em, String user, Long self) {
        Optional<EmployeeEntity> holder = EmployeeStore.byUser(em, blankToNull(user));
        if (holder.isPresent() && !holder.get().id().equals(self)) {
            throw new ConflictProblem("user '" + user + "' is linked to employee '" + holder.get().number() + "'",
                    Map.of("field", "user"));
        }
    }

    /** Department, position and manager resolved to ids; unknown ones and reporting-line cycles are a 422. */
    private static Organisation organisation(EntityManager em, String department, String position, String manager,
            EmployeeEntity self, LocalDate day) {
        Validator v = new Validator();
        Long departmentId = null;
        Long positionId = null;
        Long managerId = null;
        if (department != null) {
            departmentId = EmployeeStore.department(em, department).map(DepartmentEntity::id).orElse(null);
            v.check(departmentId != null, "department", "unknown department '" + department + "'");
        }
        if (position != null) {
            positionId = EmployeeStore.position(em, position).map(PositionEntity::id).orElse(null);
            v.check(positionId != null, "position", "unknown position '" + position + "'");
        }
        if (manager != null) {
            EmployeeEntity m = EmployeeStore.byNumber(em, manager).orElse(null);
            if (v.check(m != null, "manager", "unknown employee '" + manager + "'")) {
                managerId = m.id();
                if (self != null) {
                    v.check(!m.id().equals(self.id()), "manager", "an employee cannot be their own manager");
                    v.check(m.id().equals(self.id()) || !EmployeeStore.manages(em, self.id(), m.id(), day),
                            "manager", "'" + manager + "' reports to '" + self.number()
                                    + "': the reporting line would be a cycle");
                }
            }
        }
        v.throwIfInvalid();
        return new Organisation(departmentId, positionId, managerId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Organisation(Long departmentId, Long positionId, Long managerId) {
    }
}
