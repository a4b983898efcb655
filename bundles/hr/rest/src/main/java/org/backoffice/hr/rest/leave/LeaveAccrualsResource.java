package org.backoffice.hr.rest.leave;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.AccrualRun;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /api/hr/leave-accruals/run?through=}: credits every accrual due (idempotent). */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/leave-accruals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(HrModule.MANAGER)
public final class LeaveAccrualsResource implements RestResource {

    private final LeaveService leave;

    @Activate
    public LeaveAccrualsResource(@Reference LeaveService leave) {
        this.leave = leave;
    }

    @POST
    @Path("run")
    public AccrualRun runAccruals(@QueryParam("through") String through) {
        if (through == null) {
            throw ValidationFailedException.of("through", "is required (YYYY-MM-DD)");
        }
        return leave.runAccruals(QueryParams.date("through", through));
    }
}
