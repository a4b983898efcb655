package org.backoffice.hr.rest.training;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
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

import org.backoffice.hr.api.HrModule;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.TrainingService;

/**
 * {@code /api/hr/employees/{number}/certifications}: read by HR managers and viewers (directory data) and by the
 * employee themself (the service answers 404 to anyone else); recorded from outside by HR managers.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/employees/{number}/certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EmployeeCertificationsResource implements RestResource {

    private final TrainingService training;

    @Activate
    public EmployeeCertificationsResource(@Reference TrainingService training) {
        this.training = training;
    }

    @GET
    @PermitAll
    public List<Certification> list(@PathParam("number") String number) {
        return training.certifications(number);
    }

    @POST
    @RolesAllowed(HrModule.MANAGER)
    public Response record(@PathParam("number") String number, Certification certification,
            @Context UriInfo uriInfo) {
        Certification created = training.recordCertification(number,
                Bodies.required(certification, "the certification"));
        return Created.at(uriInfo, "hr/employees/" + number + "/certifications", created.id(), created);
    }
}
