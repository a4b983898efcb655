package org.backoffice.payroll.rest;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.payroll.api.PayrollModule;
import org.backoffice.payroll.api.runs.PayrollRun;
import org.backoffice.payroll.api.runs.PayrollService;
import org.backoffice.payroll.api.runs.Payslip;
import org.backoffice.payroll.api.runs.RunInput;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/payroll/runs}: payroll roles read, payroll-manager creates, calculates, approves and posts. A run's
 * payslips of one employee are also open to that employee (self-service); the service answers 404 to anyone else.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("payroll/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({PayrollModule.MANAGER, PayrollModule.VIEWER})
public final class RunsResource implements RestResource {

    private final PayrollService payroll;

    @Activate
    public RunsResource(@Reference PayrollService payroll) {
        this.payroll = payroll;
    }

    @GET
    public Page<PayrollRun> list(@QueryParam("period") String period, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return payroll.runs(period, PageRequest.of(offset, limit));
    }

    /** Creates and calculates a run: {@code period}, optional {@code type}, {@code employees}, {@code inputs}. */
    @POST
    @RolesAllowed(PayrollModule.MANAGER)
    public Response create(PayrollRun run, @Context UriInfo uriInfo) {
        PayrollRun created = payroll.create(Bodies.required(run, "the run"));
        return Created.at(uriInfo, "payroll/runs", created.id(), created);
    }

    @GET
    @Path("{id}")
    public PayrollRun get(@PathParam("id") long id) {
        return payroll.get(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(PayrollModule.MANAGER)
    public Response delete(@PathParam("id") long id) {
        payroll.delete(id);
        return Response.noContent().build();
    }

    /** Recalculates a DRAFT; a body (a list of inputs) replaces the run's inputs. */
    @POST
    @Path("{id}/calculation")
    @RolesAllowed(PayrollModule.MANAGER)
    public PayrollRun calculate(@PathParam("id") long id, List<RunInput> inputs) {
        return payroll.calculate(id, inputs);
    }

    @PUT
    @Path("{id}/exclusions/{employee}")
    @RolesAllowed(PayrollModule.MANAGER)
    public PayrollRun exclude(@PathParam("id") long id, @PathParam("employee") String employee) {
        return payroll.exclude(id, employee, true);
    }

    @DELETE
    @Path("{id}/exclusions/{employee}")
    @RolesAllowed(PayrollModule.MANAGER)
    public PayrollRun include(@PathParam("id") long id, @PathParam("employee") String employee) {
        return payroll.exclude(id, employee, false);
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(PayrollModule.MANAGER)
    public PayrollRun approve(@PathParam("id") long id) {
        return payroll.approve(id);
    }

    @POST
    @Path("{id}/posting")
    @RolesAllowed(PayrollModule.MANAGER)
    public PayrollRun post(@PathParam("id") long id) {
        return payroll.post(id);
    }

    @GET
    @Path("{id}/payslips")
    public Page<Payslip> payslips(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return payroll.payslips(id, PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}/payslips/{employee}")
    @PermitAll
    public Payslip payslip(@PathParam("id") long id, @PathParam("employee") String employee) {
        return payroll.payslip(id, employee);
    }

    @GET
    @Path("{id}/payslips/{employee}/html")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @PermitAll
    public String payslipHtml(@PathParam("id") long id, @PathParam("employee") String employee) {
        return payroll.payslipHtml(id, employee);
    }
}
