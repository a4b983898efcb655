package org.backoffice.payroll.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.payroll.api.PayrollModule;
import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.rules.PayRuleService;
import org.backoffice.payroll.api.rules.PayStructure;
import org.backoffice.payroll.api.rules.StructureAssignment;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/payroll/structures} and {@code /api/payroll/assignments}: payroll roles read, payroll-manager writes. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("payroll")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({PayrollModule.MANAGER, PayrollModule.VIEWER})
public final class StructuresResource implements RestResource {

    private final PayRuleService rules;

    @Activate
    public StructuresResource(@Reference PayRuleService rules) {
        this.rules = rules;
    }

    @GET
    @Path("structures")
    public List<PayStructure> list() {
        return rules.structures();
    }

    /** Saves a version: 201 for a new code or effective date, 200 when it replaces the version of that date. */
    @POST
    @Path("structures")
    @RolesAllowed(PayrollModule.MANAGER)
    public Response save(PayStructure structure, @Context UriInfo uriInfo) {
        PayStructure body = Bodies.required(structure, "the pay structure");
        boolean replaces = body.version() != null;
        PayStructure saved = rules.save(body);
        return replaces ? Response.ok(saved).build() : Created.at(uriInfo, "payroll/structures", saved.code(), saved);
    }

    /** Checks a structure without saving it: 204, or the 422 a save would answer. */
    @POST
    @Path("structures/validation")
    @RolesAllowed(PayrollModule.MANAGER)
    public Response validate(PayStructure structure) {
        rules.validate(Bodies.required(structure, "the pay structure"));
        return Response.noContent().build();
    }

    @GET
    @Path("structures/{code}")
    public PayStructure get(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return rules.structure(code, QueryParams.date("asOf", asOf))
                .orElseThrow(() -> new NotFoundProblem(PayrollModule.ENTITY_STRUCTURE, code));
    }

    @GET
    @Path("structures/{code}/components")
    public List<PayComponent> components(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return get(code, asOf).components();
    }

    @GET
    @Path("structures/{code}/versions")
    public List<PayStructure> versions(@PathParam("code") String code) {
        List<PayStructure> versions = rules.versions(code);
        if (versions.isEmpty()) {
            throw new NotFoundProblem(PayrollModule.ENTITY_STRUCTURE, code);
        }
        return versions;
    }

    @POST
    @Path("assignments")
    @RolesAllowed(PayrollModule.MANAGER)
    public Response assign(StructureAssignment assignment, @Context UriInfo uriInfo) {
        StructureAssignment saved = rules.assign(Bodies.required(assignment, "the assignment"));
        return Created.at(uriInfo, "payroll/assignments", String.valueOf(saved.id()), saved);
    }

    @GET
    @Path("assignments")
    public List<StructureAssignment> assignments(@QueryParam("employee") String employee) {
        if (employee == null) {
            throw org.backoffice.platform.api.error.ValidationFailedException.of("employee", "is required");
        }
        return rules.assignments(employee);
    }
}
