package org.backoffice.hr.rest.leave;

import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.backoffice.hr.api.leave.LeaveBalance;
import org.backoffice.hr.api.leave.LeaveService;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/hr/employees/{number}/leave-balances?asOf=}: balances explained line by line (self-service; others 404). */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/employees/{number}/leave-balances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public final class LeaveBalancesResource implements RestResource {

    private final LeaveService leave;

    @Activate
    public LeaveBalancesResource(@Reference LeaveService leave) {
        this.leave = leave;
    }

    @GET
    public List<LeaveBalance> balances(@PathParam("number") String number, @QueryParam("asOf") String asOf) {
        return leave.balances(number, QueryParams.date("asOf", asOf));
    }
}
