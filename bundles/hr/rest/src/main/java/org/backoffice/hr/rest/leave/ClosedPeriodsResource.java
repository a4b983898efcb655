package org.backoffice.hr.rest.leave;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.ClosedPeriod;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/hr/leave-closed-periods}: days on which no leave may be requested. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/leave-closed-periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({HrModule.MANAGER, HrModule.VIEWER})
public final class ClosedPeriodsResource implements RestResource {

    private final LeaveService leave;

    @Activate
    public ClosedPeriodsResource(@Reference LeaveService leave) {
        this.leave = leave;
    }

    @GET
    public List<ClosedPeriod> closedPeriods() {
        return leave.closedPeriods();
    }

    @POST
    @RolesAllowed(HrModule.MANAGER)
    public Response addClosedPeriod(ClosedPeriod period) {
        return Response.status(Response.Status.CREATED)
                .entity(leave.addClosedPeriod(Bodies.required(period, "the closed period"))).build();
    }
}
