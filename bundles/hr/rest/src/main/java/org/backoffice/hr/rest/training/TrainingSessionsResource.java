package org.backoffice.hr.rest.training;

import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.hr.api.HrModule;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.backoffice.hr.api.training.Enrolment;
import org.backoffice.hr.api.training.TrainingService;
import org.backoffice.hr.api.training.TrainingSession;

/** {@code /api/hr/training-sessions}: sessions, their enrolments and waiting list, attendance and completion. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/training-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({HrModule.MANAGER, HrModule.VIEWER})
public final class TrainingSessionsResource implements RestResource {

    private final TrainingService training;

    @Activate
    public TrainingSessionsResource(@Reference TrainingService training) {
        this.training = training;
    }

    @GET
    public Page<TrainingSession> list(@QueryParam("course") String course, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return training.sessions(course, PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed(HrModule.MANAGER)
    public Response create(TrainingSession session, @Context UriInfo uriInfo) {
        TrainingSession created = training.createSession(Bodies.required(session, "the session"));
        return Created.at(uriInfo, "hr/training-sessions", created.id(), created);
    }

    @GET
    @Path("{id}")
    public TrainingSession get(@PathParam("id") long id) {
        return training.session(id);
    }

    @GET
    @Path("{id}/enrolments")
    public List<Enrolment> enrolments(@PathParam("id") long id) {
        return training.enrolments(id);
    }

    /** Body {@code {"employee": "E-0001"}}: a seat while there is one, else the end of the waiting list. */
    @POST
    @Path("{id}/enrolments")
    @RolesAllowed(HrModule.MANAGER)
    public Response enrol(@PathParam("id") long id, Map<String, Object> body, @Context UriInfo uriInfo) {
        Object employee = Bodies.required(body, "the employee").get("employee");
        Enrolment created = training.enrol(id, employee == null ? null : employee.toString());
        return Created.at(uriInfo, "hr/training-sessions/" + id + "/enrolments", created.id(), created);
    }

    @POST
    @Path("{id}/enrolments/{enrolment}/cancel")
    @RolesAllowed(HrModule.MANAGER)
    public Enrolment cancel(@PathParam("id") long id, @PathParam("enrolment") long enrolment) {
        return training.cancel(id, enrolment);
    }

    /** Body {@code {"attended": true}}. */
    @PUT
    @Path("{id}/enrolments/{enrolment}/attendance")
    @RolesAllowed(HrModule.MANAGER)
    public Enrolment attendance(@PathParam("id") long id, @PathParam("enrolment") long enrolment,
            Map<String, Object> body) {
        Object attended = Bodies.required(body, "attended").get("attended");
        return training.attendance(id, enrolment, QueryParams.bool("attended",
                attended == null ? null : attended.toString()) == Boolean.TRUE);
    }

    @POST
    @Path("{id}/enrolments/{enrolment}/complete")
    @RolesAllowed(HrModule.MANAGER)
    public Enrolment complete(@PathParam("id") long id, @PathParam("enrolment") long enrolment,
            @QueryParam("on") String on) {
        return training.complete(id, enrolment, QueryParams.date("on", on));
    }

    /** Completes every seated enrolment marked attended. */
    @POST
    @Path("{id}/complete")
    @RolesAllowed(HrModule.MANAGER)
    public List<Enrolment> completeSession(@PathParam("id") long id, @QueryParam("on") String on) {
        return training.completeSession(id, QueryParams.date("on", on));
    }
}
