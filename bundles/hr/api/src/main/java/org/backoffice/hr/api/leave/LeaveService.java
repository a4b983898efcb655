package org.backoffice.hr.api.leave;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Leave requests, balances and the ledger. Employees are named by their number; a caller who may not see an
 * employee's leave gets a 404 ({@link org.backoffice.platform.api.error.NotFoundProblem}), as if it did not exist.
 */
@ProviderType
public interface LeaveService {

    /** Balances of every type as of {@code asOf}, each with its movements. */
    List<LeaveBalance> balances(String employee, LocalDate asOf);

    /** Balances of every employee and type as of {@code asOf}, without movements (hr-manager, hr-viewer). */
    List<LeaveBalance> allBalances(LocalDate asOf);

    /** A manual adjustment (hr-manager); answers the type's balance as of the adjustment's date. */
    LeaveBalance adjust(String employee, LeaveAdjustment adjustment);

    LeaveRequest request(String employee, LeaveRequestDraft draft);

    List<LeaveRequest> requests(String employee);

    LeaveRequest get(long id);

    /** Requests the caller may decide now: their reports' awaiting a manager, and for hr-manager all awaiting HR. */
    List<LeaveRequest> pending();

    LeaveRequest approve(long id, String note);

    LeaveRequest reject(long id, String note);

    /** By the employee (or HR) while requested, or approved and not yet begun. */
    LeaveRequest withdraw(long id);

    /** An approved request cancelled by HR or the manager: its days go back to the balance. */
    LeaveRequest cancel(long id, String note);

    /** Approved and requested absences in a department (and its sub-departments) overlapping the dates. */
    List<Absence> calendar(String department, LocalDate from, LocalDate to);

    List<ClosedPeriod> closedPeriods();

    ClosedPeriod addClosedPeriod(ClosedPeriod period);

    /** Credits every accrual due up to {@code through}; idempotent per employee, type and period (hr-manager). */
    AccrualRun runAccruals(LocalDate through);
}
