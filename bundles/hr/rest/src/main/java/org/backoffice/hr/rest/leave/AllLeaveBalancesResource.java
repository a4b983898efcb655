package org.backoffice.hr.rest.leave;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.leave.LeaveBalance;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/hr/leave-balances?asOf=}: every employee's balances (no movements). */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/leave-balances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({HrModule.MANAGER, HrModule.VIEWER})
public final class AllLeaveBalancesResource implements RestResource {

    private final LeaveService leave;

    @Activate
    public AllLeaveBalancesResource(@Reference LeaveService leave) {
        this.leave = leave;
    }

    @GET
    public List<LeaveBalance> all(@QueryParam("asOf") String asOf) {
        return leave.allBalances(QueryParams.date("asOf", asOf));
    }
}
