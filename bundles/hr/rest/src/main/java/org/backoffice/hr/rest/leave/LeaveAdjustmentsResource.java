package org.backoffice.hr.rest.leave;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveAdjustment;
import org.backoffice.hr.api.leave.LeaveBalance;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/hr/employees/{number}/leave-adjustments}: manual corrections with a reason, audited. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/employees/{number}/leave-adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(HrModule.MANAGER)
public final class LeaveAdjustmentsResource implements RestResource {

    private final LeaveService leave;

    @Activate
    public LeaveAdjustmentsResource(@Reference LeaveService leave) {
        this.leave = leave;
    }

    @POST
    public LeaveBalance adjust(@PathParam("number") String number, LeaveAdjustment adjustment) {
        return leave.adjust(number, Bodies.required(adjustment, "the adjustment"));
    }
}
