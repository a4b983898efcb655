package org.backoffice.hr.rest.leave;

import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveRequestDraft;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/hr/employees/{number}/leave-requests}: an employee's requests (self-service; others 404). */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/employees/{number}/leave-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public final class EmployeeLeaveRequestsResource implements RestResource {

    private final LeaveService leave;

    @Activate
    public EmployeeLeaveRequestsResource(@Reference LeaveService leave) {
        this.leave = leave;
    }

    @GET
    public List<LeaveRequest> requests(@PathParam("number") String number) {
        return leave.requests(number);
    }

    @POST
    public Response request(@PathParam("number") String number, LeaveRequestDraft draft, @Context UriInfo uriInfo) {
        LeaveRequest created = leave.request(number, Bodies.required(draft, "the leave request"));
        return Created.at(uriInfo, "hr/leave-requests", String.valueOf(created.id()), created);
    }
}
