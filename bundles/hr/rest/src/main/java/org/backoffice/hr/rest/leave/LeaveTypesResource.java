package org.backoffice.hr.rest.leave;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.api.leave.LeaveTypeService;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/hr/leave-types}: the kinds of leave with their accrual policies; any user reads, hr-manager writes. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/leave-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class LeaveTypesResource implements RestResource {

    private final LeaveTypeService types;

    @Activate
    public LeaveTypesResource(@Reference LeaveTypeService types) {
        this.types = types;
    }

    /** Employees need the types to request leave, so every authenticated user may read them. */
    @GET
    public List<LeaveType> list() {
        return types.list();
    }

    @GET
    @Path("{code}")
    public LeaveType get(@PathParam("code") String code) {
        return types.require(code);
    }

    @POST
    @RolesAllowed(HrModule.MANAGER)
    public Response create(LeaveType type, @Context UriInfo uriInfo) {
        LeaveType created = types.create(Bodies.required(type, "the leave type"));
        return Created.at(uriInfo, "hr/leave-types", created.code(), created);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(HrModule.MANAGER)
    public LeaveType update(@PathParam("code") String code, LeaveType type) {
        return types.update(code, Bodies.required(type, "the leave type"));
    }
}
