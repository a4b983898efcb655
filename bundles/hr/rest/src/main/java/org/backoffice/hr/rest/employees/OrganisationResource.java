package org.backoffice.hr.rest.employees;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Department;
import org.backoffice.hr.api.employees.OrgUnit;
import org.backoffice.hr.api.employees.OrganisationService;
import org.backoffice.hr.api.employees.Position;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/hr/departments}, {@code /api/hr/positions} and {@code /api/hr/org-chart}. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({HrModule.MANAGER, HrModule.VIEWER})
public final class OrganisationResource implements RestResource {

    private final OrganisationService organisation;

    @Activate
    public OrganisationResource(@Reference OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GET
    @Path("departments")
    public Page<Department> departments(@QueryParam("q") String text, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return organisation.departments(text, PageRequest.of(offset, limit));
    }

    @POST
    @Path("departments")
    @RolesAllowed(HrModule.MANAGER)
    public Response createDepartment(Department department, @Context UriInfo uriInfo) {
        Department created = organisation.createDepartment(Bodies.required(department, "the department"));
        return Created.at(uriInfo, "hr/departments", created.code(), created);
    }

    @GET
    @Path("departments/{code}")
    public Department department(@PathParam("code") String code) {
        return organisation.department(code).orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_DEPARTMENT,
                code));
    }

    @PUT
    @Path("departments/{code}")
    @RolesAllowed(HrModule.MANAGER)
    public Department updateDepartment(@PathParam("code") String code, Department department) {
        return organisation.updateDepartment(code, Bodies.required(department, "the department"));
    }

    @GET
    @Path("positions")
    public Page<Position> positions(@QueryParam("department") String department,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return organisation.positions(department, PageRequest.of(offset, limit));
    }

    @POST
    @Path("positions")
    @RolesAllowed(HrModule.MANAGER)
    public Response createPosition(Position position, @Context UriInfo uriInfo) {
        Position created = organisation.createPosition(Bodies.required(position, "the position"));
        return Created.at(uriInfo, "hr/positions", created.code(), created);
    }

    @GET
    @Path("positions/{code}")
    public Position position(@PathParam("code") String code) {
        return organisation.position(code).orElseThrow(() -> new NotFoundProblem(HrModule.ENTITY_POSITION, code));
    }

    @PUT
    @Path("positions/{code}")
    @RolesAllowed(HrModule.MANAGER)
    public Position updatePosition(@PathParam("code") String code, Position position) {
        return organisation.updatePosition(code, Bodies.required(position, "the position"));
    }

    @GET
    @Path("org-chart")
    public List<OrgUnit> orgChart() {
        return organisation.orgChart();
    }
}
