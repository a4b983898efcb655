package org.backoffice.hr.rest.leave;

import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/hr/leave-requests}: one request and its decisions; {@code ?pending=true} is the caller's queue (a
 * manager's reports, HR's all). The body of a decision is optional: {@code {"note": "..."}}.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/leave-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public final class LeaveRequestsResource implements RestResource {

    private final LeaveService leave;

    @Activate
    public LeaveRequestsResource(@Reference LeaveService leave) {
        this.leave = leave;
    }

    @GET
    public List<LeaveRequest> pending(@QueryParam("pending") String pending) {
        if (!Boolean.TRUE.equals(QueryParams.bool("pending", pending))) {
            throw ValidationFailedException.of("pending",
                    "must be true (an employee's requests are under /api/hr/employees/{number}/leave-requests)");
        }
        return leave.pending();
    }

    @GET
    @Path("{id}")
    public LeaveRequest get(@PathParam("id") long id) {
        return leave.get(id);
    }

    @POST
    @Path("{id}/approve")
    public LeaveRequest approve(@PathParam("id") long id, Map<String, String> body) {
        return leave.approve(id, note(body));
    }

    @POST
    @Path("{id}/reject")
    public LeaveRequest reject(@PathParam("id") long id, Map<String, String> body) {
        return leave.reject(id, note(body));
    }

    @POST
    @Path("{id}/withdraw")
    public LeaveRequest withdraw(@PathParam("id") long id) {
        return leave.withdraw(id);
    }

    @POST
    @Path("{id}/cancel")
    public LeaveRequest cancel(@PathParam("id") long id, Map<String, String> body) {
        return leave.cancel(id, note(body));
    }

    private static String note(Map<String, String> body) {
        return body == null ? null : body.get("note");
    }
}
