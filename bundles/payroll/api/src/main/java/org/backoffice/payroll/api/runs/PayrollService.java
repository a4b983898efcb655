package org.backoffice.payroll.api.runs;

import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Payroll runs. Creating a run calculates it; a DRAFT is recalculated after a fix and may drop or add employees;
 * approving needs a run without errors; posting makes it immutable, adds it to the year-to-date totals and emits
 * {@code PAYROLL_POSTED}. Payslips are read by payroll roles, and by an employee (self-service) for their own only.
 */
@ProviderType
public interface PayrollService {

    /** A run for {@code period} ({@code 2026-01}); 409 while another run of the period is not posted. */
    PayrollRun create(PayrollRun run);

    PayrollRun get(long id);

    Page<PayrollRun> runs(String period, PageRequest page);

    /** Recalculates a DRAFT with today's rules and data (and the inputs given, when not {@code null}). */
    PayrollRun calculate(long id, List<RunInput> inputs);

    /** Leaves the employee out of a DRAFT, or takes them back in. */
    PayrollRun exclude(long id, String employee, boolean excluded);

    PayrollRun approve(long id);

    PayrollRun post(long id);

    /** Deletes a DRAFT or APPROVED run (409 once posted). */
    void delete(long id);

    Page<Payslip> payslips(long run, PageRequest page);

    /** The employee's payslip of the run; 404 when there is none or the caller may not see it. */
    Payslip payslip(long run, String employee);

    /** The employee's posted payslip of the period (the regular run with its corrections' lines). */
    Payslip payslip(String employee, String period);

    /** The payslip as a printable HTML page. */
    String payslipHtml(long run, String employee);

    List<YtdTotal> ytd(String employee, int year);
}
