package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.hr.api.leave.LeaveTypeService;
import org.backoffice.payroll.api.PayrollModule;
import org.backoffice.payroll.api.runs.PayrollRun;
import org.backoffice.payroll.api.runs.PayrollService;
import org.backoffice.payroll.api.runs.Payslip;
import org.backoffice.payroll.api.runs.RunError;
import org.backoffice.payroll.api.runs.RunInput;
import org.backoffice.payroll.api.runs.RunStatus;
import org.backoffice.payroll.api.runs.RunType;
import org.backoffice.payroll.api.runs.YtdTotal;
import org.backoffice.payroll.impl.Jpa;
import org.backoffice.payroll.impl.PayrollConfig;
import org.backoffice.payroll.impl.structures.StructureStore;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.event.EventLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Payroll runs on JPA: HR's facts are read first, then the run is calculated and stored in one transaction. */
@Component(service = PayrollService.class, configurationPid = PayrollConfig.PID)
@Designate(ocd = PayrollConfig.class)
public final class JpaPayrollService implements PayrollService {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;
    private final HrFacts hr;
    private final RunCalculator calculator;
    private final StructureStore structures = new StructureStore();

    @Activate
    public JpaPayrollService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events, @Reference EmployeeService employees, @Reference LeaveService leave,
            @Reference LeaveTypeService leaveTypes, PayrollConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.hr = new HrFacts(employees, leave, leaveTypes);
        this.calculator = new RunCalculator("WORKING_DAYS".equals(config.proration()));
    }

    @Override
    public PayrollRun create(PayrollRun run) {
        PayrollCaller.current().requireManager();
        Validator v = new Validator();
        YearMonth month = period(v, run.period());
        RunType type = run.type() == null ? RunType.REGULAR : run.type();
        List<RunInput> inputs = inputs(v, run.inputs());
        v.throwIfInvalid();
        RunCalculator.Facts facts = facts(month);
        return Jpa.write(jpa, "the payroll run", em -> {
            List<RunEntity> ofPeriod = em.createQuery("SELECT r FROM RunEntity r WHERE r.period = :p",
                    RunEntity.class).setParameter("p", month.toString()).getResultList();
            for (RunEntity other : ofPeriod) {
                if (other.status() != RunStatus.POSTED) {
                    throw new ConflictProblem("period " + month + " has an open run (" + other.id() + ", "
                            + other.status() + "); post or delete it first", Map.of("run", other.id()));
                }
            }
            boolean posted = ofPeriod.stream().anyMatch(r -> r.type() == RunType.REGULAR);
            if (type == RunType.REGULAR && posted) {
                throw new ConflictProblem("period " + month + " is posted; a change is paid by a CORRECTION run");
            }
            if (type == RunType.CORRECTION && !posted) {
                throw ValidationFailedException.of("type", "a correction needs a posted run of " + month);
            }
            RunEntity entity = new RunEntity(month.toString(), type,
                    run.employees() == null ? List.of() : run.employees(), inputs);
            em.persist(entity);
            em.flush();
            calculate(em, entity, facts);
            audit.record(em, AuditEntry.of(PayrollModule.ID, PayrollModule.ENTITY_RUN, String.valueOf(entity.id()),
                    AuditEntry.CREATE, List.of(new FieldChange("period", null, month + " " + type))));
            return entity.toRun();
        });
    }

    @Override
    public PayrollRun get(long id) {
        PayrollCaller caller = PayrollCaller.current();
        return Jpa.read(jpa, em -> visible(caller, require(em, id)).toRun());
    }

    @Override
    public Page<PayrollRun> runs(String period, PageRequest page) {
        PayrollCaller caller = PayrollCaller.current();
        if (!caller.viewer()) {
            return Page.of(List.of(), 0, page);
        }
        return Jpa.read(jpa, em -> {
            String where = period == null ? "" : " WHERE r.period = :p";
            var count = em.createQuery("SELECT COUNT(r) FROM RunEntity r" + where, Long.class);
            var list = em.createQuery("SELECT r FROM RunEntity r" + where + " ORDER BY r.period DESC, r.id DESC",
                    RunEntity.class);
            if (period != null) {
                count.setParameter("p", period);
                list.setParameter("p", period);
            }
            return Page.of(list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                    .map(RunEntity::toRun).toList(), count.getSingleResult(), page);
        });
    }

    @Override
    public PayrollRun calculate(long id, List<RunInput> inputs) {
        PayrollCaller.current().requireManager();
        Validator v = new Validator();
        List<RunInput> checked = inputs == null ? null : inputs(v, inputs);
        v.throwIfInvalid();
        String period = Jpa.read(jpa, em -> draft(em, id).period());
        RunCalculator.Facts facts = facts(YearMonth.parse(period));
        return Jpa.write(jpa, "the payroll run", em -> {
            RunEntity run = draft(em, id);
            if (checked != null) {
                run.setInputs(checked);
            }
            calculate(em, run, facts);
            return run.toRun();
        });
    }

    @Override
    public PayrollRun exclude(long id, String employee, boolean excluded) {
        PayrollCaller.current().requireManager();
        String period = Jpa.read(jpa, em -> draft(em, id).period());
        RunCalculator.Facts facts = facts(YearMonth.parse(period));
        return Jpa.write(jpa, "the payroll run", em -> {
            RunEntity run = draft(em, id);
            List<String> list = new java.util.ArrayList<>(run.excluded());
            if (excluded && !list.contains(employee)) {
                list.add(employee);
            } else if (!excluded) {
                list.remove(employee);
            }
            run.setExcluded(list);
            calculate(em, run, facts);
            return run.toRun();
        });
    }

    @Override
    public PayrollRun approve(long id) {
        PayrollCaller.current().requireManager();
        return Jpa.write(jpa, "the payroll run", em -> {
            RunEntity run = draft(em, id);
            List<RunError> errors = run.errors();
            if (!errors.isEmpty()) {
                throw new ValidationFailedException(errors.stream()
                        .map(e -> new FieldError("errors." + e.employee(), e.message())).toList());
            }
            run.setStatus(RunStatus.APPROVED, Instant.now());
            transition(em, run, "APPROVE");
            return run.toRun();
        });
    }

    @Override
    public PayrollRun post(long id) {
        PayrollCaller.current().requireManager();
        return Jpa.write(jpa, "the payroll run", em -> {
            RunEntity run = require(em, id);
            em.lock(run, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (run.status() == RunStatus.POSTED) {
                throw new ConflictProblem("run " + id + " is posted already");
            }
            if (run.status() != RunStatus.APPROVED) {
                throw new ConflictProblem("run " + id + " must be approved before it is posted");
            }
            run.setStatus(RunStatus.POSTED, Instant.now());
            PayslipWriter.posted(em, id);
            transition(em, run, "POST");
            events.append(em, PayrollModule.TOPIC_PAYROLL_POSTED, String.valueOf(id), PostedTotals.payload(em, run));
            return run.toRun();
        });
    }

    @Override
    public void delete(long id) {
        PayrollCaller.current().requireManager();
        Jpa.write(jpa, "the payroll run", em -> {
            RunEntity run = require(em, id);
            if (run.status() == RunStatus.POSTED) {
                throw new ConflictProblem("run " + id + " is posted; a posted run is never deleted");
            }
            PayslipWriter.replace(em, id, run.period(), List.of());
            em.remove(run);
            audit.record(em, AuditEntry.of(PayrollModule.ID, PayrollModule.ENTITY_RUN, String.valueOf(id),
                    AuditEntry.DELETE, List.of(new FieldChange("status", run.status().name(), null))));
            return null;
        });
    }

    @Override
    public Page<Payslip> payslips(long run, PageRequest page) {
        PayrollCaller caller = PayrollCaller.current();
        return Jpa.read(jpa, em -> {
            RunEntity entity = visible(caller, require(em, run));
            List<PayslipEntity> list = em.createQuery("SELECT p FROM PayslipEntity p WHERE p.runId = :run"
                    + " ORDER BY p.employee", PayslipEntity.class).setParameter("run", run)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            long total = em.createQuery("SELECT COUNT(p) FROM PayslipEntity p WHERE p.runId = :run", Long.class)
                    .setParameter("run", run).getSingleResult();
            return Page.of(list.stream().map(p -> PayslipViews.view(em, p, entity.status())).toList(), total, page);
        });
    }

    @Override
    public Payslip payslip(long run, String employee) {
        PayrollCaller caller = PayrollCaller.current();
        return Jpa.read(jpa, em -> {
            RunEntity entity = em.find(RunEntity.class, run);
            PayslipEntity p = entity == null ? null : em.createQuery("SELECT p FROM PayslipEntity p WHERE"
                    + " p.runId = :run AND p.employee = :e", PayslipEntity.class).setParameter("run", run)
                    .setParameter("e", employee).getResultStream().findFirst().orElse(null);
            if (p == null || !caller.mayRead(p.user())) {
                throw new NotFoundProblem("Payslip", run + "/" + employee);
            }
            return PayslipViews.view(em, p, entity.status());
        });
    }

    @Override
    public Payslip payslip(String employee, String period) {
        PayrollCaller caller = PayrollCaller.current();
        Long run = Jpa.read(jpa, em -> em.createQuery("SELECT p.runId FROM PayslipEntity p, RunEntity r WHERE"
                + " p.runId = r.id AND p.employee = :e AND p.period = :p AND r.status = :posted AND r.type = :regular",
                Long.class).setParameter("e", employee).setParameter("p", period)
                .setParameter("posted", RunStatus.POSTED).setParameter("regular", RunType.REGULAR)
                .getResultStream().findFirst().orElse(null));
        if (run == null) {
            throw new NotFoundProblem("Payslip", employee + "/" + period);
        }
        return payslip(run, employee);
    }

    @Override
    public String payslipHtml(long run, String employee) {
        return PayslipHtml.render(payslip(run, employee));
    }

    @Override
    public List<YtdTotal> ytd(String employee, int year) {
        PayrollCaller caller = PayrollCaller.current();
        return Jpa.read(jpa, em -> {
            if (!caller.viewer()) {
                boolean own = em.createQuery("SELECT COUNT(p) FROM PayslipEntity p WHERE p.employee = :e"
                        + " AND p.user = :u", Long.class).setParameter("e", employee).setParameter("u", caller.user())
                        .getSingleResult() > 0;
                if (!own) {
                    throw new NotFoundProblem("Employee", employee);
                }
            }
            return em.createQuery("SELECT l.code, SUM(l.amount) FROM LineEntity l WHERE l.employee = :e"
                    + " AND l.year = :y AND l.posted = TRUE GROUP BY l.code ORDER BY l.code", Object[].class)
                    .setParameter("e", employee).setParameter("y", year).getResultStream()
                    .map(row -> new YtdTotal(employee, year, (String) row[0], PayslipViews.money((BigDecimal) row[1])))
                    .toList();
        });
    }

    // ---------------------------------------------------------------- internals

    private RunCalculator.Facts facts(YearMonth month) {
        LocalDate from = month.withMonth(1).atDay(1);
        LocalDate to = month.atEndOfMonth();
        return new RunCalculator.Facts(hr.contracts(from, to), hr.people(), hr.unpaidDays(from, to), null, null,
                null);
    }

    private void calculate(EntityManager em, RunEntity run, RunCalculator.Facts hrFacts) {
        YearMonth month = YearMonth.parse(run.period());
        RunCalculator.Facts facts = new RunCalculator.Facts(hrFacts.contracts(), hrFacts.people(), hrFacts.unpaid(),
                structures.all(em), structures.assignments(em, month.withMonth(1).atDay(1), month.atEndOfMonth()),
                PostedPay.of(em, month.getYear()));
        RunCalculator.Result result = calculator.calculate(month, run.type(), run.employees(), run.excluded(),
                run.inputs(), facts);
        List<RunError> errors = new java.util.ArrayList<>(result.errors());
        String currency = result.payslips().isEmpty() ? null : result.payslips().get(0).currency();
        List<PayslipDraft> payslips = new java.util.ArrayList<>();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal employer = BigDecimal.ZERO;
        for (PayslipDraft d : result.payslips()) {
            if (!d.currency().equals(currency)) {
                errors.add(new RunError(d.employee(), "is paid in " + d.currency() + ", the run in " + currency));
                continue;
            }
            payslips.add(d);
            gross = gross.add(d.gross());
            deductions = deductions.add(d.deductions());
            net = net.add(d.net());
            employer = employer.add(d.employerCost());
        }
        PayslipWriter.replace(em, run.id(), run.period(), payslips);
        run.calculated(currency, errors, payslips.size(), gross, deductions, net, employer, Instant.now());
    }

    private void transition(EntityManager em, RunEntity run, String action) {
        audit.record(em, AuditEntry.of(PayrollModule.ID, PayrollModule.ENTITY_RUN, String.valueOf(run.id()), action,
                List.of(new FieldChange("status", null, run.status().name()))));
    }

    private static RunEntity require(EntityManager em, long id) {
        RunEntity run = em.find(RunEntity.class, id);
        if (run == null) {
            throw new NotFoundProblem(PayrollModule.ENTITY_RUN, String.valueOf(id));
        }
        return run;
    }

    private static RunEntity visible(PayrollCaller caller, RunEntity run) {
        if (!caller.viewer()) {
            throw new NotFoundProblem(PayrollModule.ENTITY_RUN, String.valueOf(run.id()));
        }
        return run;
    }

    private static RunEntity draft(EntityManager em, long id) {
        RunEntity run = require(em, id);
        if (run.status() != RunStatus.DRAFT) {
            throw new ConflictProblem("run " + id + " is " + run.status() + "; only a DRAFT is calculated or changed");
        }
        return run;
    }

    private static YearMonth period(Validator v, String period) {
        if (!v.required("period", period)) {
            return null;
        }
        try {
            if (period.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(period);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        v.reject("period", "must be a month like 2026-01");
        return null;
    }

    private static List<RunInput> inputs(Validator v, List<RunInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            RunInput input = inputs.get(i);
            String at = "inputs[" + i + "].";
            if (input == null) {
                v.reject("inputs[" + i + "]", "is required");
                continue;
            }
            v.requiredText(at + "employee", input.employee(), 40);
            v.required(at + "name", input.name());
            v.matches(at + "name", input.name(), NAME, "must be upper-case letters, digits or _");
            v.required(at + "value", input.value());
            v.check(seen.add(input.employee() + "/" + input.name()), at + "name", "is given twice for the employee");
        }
        return inputs;
    }
}
