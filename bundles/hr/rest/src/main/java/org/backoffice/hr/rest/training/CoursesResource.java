package org.backoffice.hr.rest.training;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.backoffice.hr.api.training.Course;
import org.backoffice.hr.api.training.TrainingService;

/** {@code /api/hr/courses}: the course catalogue, a course addressed by its code. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({HrModule.MANAGER, HrModule.VIEWER})
public final class CoursesResource implements RestResource {

    private final TrainingService training;

    @Activate
    public CoursesResource(@Reference TrainingService training) {
        this.training = training;
    }

    @GET
    public Page<Course> list(@QueryParam("q") String text, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return training.courses(text, PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed(HrModule.MANAGER)
    public Response create(Course course, @Context UriInfo uriInfo) {
        Course created = training.createCourse(Bodies.required(course, "the course"));
        return Created.at(uriInfo, "hr/courses", created.code(), created);
    }

    @GET
    @Path("{code}")
    public Course get(@PathParam("code") String code) {
        return training.course(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(HrModule.MANAGER)
    public Course update(@PathParam("code") String code, Course course) {
        return training.updateCourse(code, Bodies.required(course, "the course"));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(HrModule.MANAGER)
    public Response delete(@PathParam("code") String code) {
        training.deleteCourse(code);
        return Response.noContent().build();
    }
}
