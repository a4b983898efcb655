package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.security.PrivilegedAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.backoffice.hr.api.employees.Contract;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.EmployeeQuery;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.hr.api.leave.Absence;
import org.backoffice.hr.api.leave.LeavePart;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.hr.api.leave.LeaveState;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.api.leave.LeaveTypeService;
import org.backoffice.payroll.impl.rules.ContractTerm;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

/**
 * What a run reads from HR, read as the system: a payroll manager needs every employee's pay and contracts without
 * being an HR manager (the payroll roles, not HR's, decide who sees a payslip).
 */
final class HrFacts {

    /** An employee as a payslip shows them. */
    record Person(String number, String name, String costCentre, String user) {
    }

    private final EmployeeService employees;
    private final LeaveService leave;
    private final LeaveTypeService leaveTypes;

    HrFacts(EmployeeService employees, LeaveService leave, LeaveTypeService leaveTypes) {
        this.employees = employees;
        this.leave = leave;
        this.leaveTypes = leaveTypes;
    }

    private static <T> T asSystem(PrivilegedAction<T> action) {
        return Subject.doAs(new Subject(), action);
    }

    /** Contract versions in force on at least one day of the dates, by employee, oldest first. */
    Map<String, List<ContractTerm>> contracts(LocalDate from, LocalDate to) {
        List<Contract> contracts = asSystem(() -> employees.contractsInForce(from, to));
        Map<String, List<ContractTerm>> byEmployee = new HashMap<>();
        for (Contract c : contracts) {
            BigDecimal fte = c.ftePercent() == null ? BigDecimal.ONE
                    : c.ftePercent().divide(BigDecimal.valueOf(100));
            byEmployee.computeIfAbsent(c.employee(), e -> new ArrayList<>()).add(new ContractTerm(c.start(), c.end(),
                    c.payAmount() == null ? BigDecimal.ZERO : c.payAmount(), fte));
        }
        return byEmployee;
    }

    /** Every employee of the directory by number (name, cost centre, self-service user). */
    Map<String, Person> people() {
        return asSystem(() -> {
            Map<String, Person> people = new HashMap<>();
            int offset = 0;
            while (true) {
                Page<Employee> page = employees.find(EmployeeQuery.all(), new PageRequest(offset, PageRequest.MAX_LIMIT));
                for (Employee e : page.items()) {
                    people.put(e.number(), new Person(e.number(), e.displayName(), e.costCentre(), e.user()));
                }
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    return people;
                }
            }
        });
    }

    /** Approved full days of unpaid leave types by employee. Half days are not deducted. */
    Map<String, Set<LocalDate>> unpaidDays(LocalDate from, LocalDate to) {
        return asSystem(() -> {
            Set<String> unpaid = leaveTypes.list().stream().filter(t -> Boolean.FALSE.equals(t.paid()))
                    .map(LeaveType::code).collect(Collectors.toSet());
            Map<String, Set<LocalDate>> days = new HashMap<>();
            if (unpaid.isEmpty()) {
                return days;
            }
            for (Absence a : leave.calendar(null, from, to)) {
                if (a.state() == LeaveState.APPROVED && unpaid.contains(a.type())
                        && (a.part() == null || a.part() == LeavePart.FULL)) {
                    Set<LocalDate> set = days.computeIfAbsent(a.employee(), e -> new HashSet<>());
                    for (LocalDate d = a.from(); !d.isAfter(a.to()); d = d.plusDays(1)) {
                        set.add(d);
                    }
                }
            }
            return days;
        });
    }
}
