package org.backoffice.hr.rest.training;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.backoffice.hr.api.HrModule;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.backoffice.hr.api.training.TrainingService;

/** {@code /api/hr/positions/{code}/required-certifications}: the certification codes a position requires. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/positions/{code}/required-certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({HrModule.MANAGER, HrModule.VIEWER})
public final class PositionCertificationsResource implements RestResource {

    private final TrainingService training;

    @Activate
    public PositionCertificationsResource(@Reference TrainingService training) {
        this.training = training;
    }

    @GET
    public List<String> get(@PathParam("code") String code) {
        return training.requiredCertifications(code);
    }

    /** Body: the whole list of certification codes, e.g. {@code ["FORKLIFT", "FIRST-AID"]}. */
    @PUT
    @RolesAllowed(HrModule.MANAGER)
    public List<String> put(@PathParam("code") String code, List<String> codes) {
        return training.requireCertifications(code, Bodies.required(codes, "the certification codes"));
    }
}
