package org.backoffice.payroll.rest;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.payroll.api.runs.PayrollService;
import org.backoffice.payroll.api.runs.Payslip;
import org.backoffice.payroll.api.runs.YtdTotal;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/payroll/employees/{number}}: an employee's posted payslip of a period and year-to-date totals, for
 * payroll roles and for the employee (another's number answers 404).
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("payroll/employees/{employee}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class PayslipsResource implements RestResource {

    private final PayrollService payroll;

    @Activate
    public PayslipsResource(@Reference PayrollService payroll) {
        this.payroll = payroll;
    }

    @GET
    @Path("payslips/{period}")
    public Payslip payslip(@PathParam("employee") String employee, @PathParam("period") String period) {
        return payroll.payslip(employee, period);
    }

    @GET
    @Path("ytd")
    public List<YtdTotal> ytd(@PathParam("employee") String employee, @QueryParam("year") Integer year) {
        return payroll.ytd(employee, year == null ? java.time.LocalDate.now().getYear() : year);
    }
}
