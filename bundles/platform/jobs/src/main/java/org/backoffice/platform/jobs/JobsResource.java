package org.backoffice.platform.jobs;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.jobs.JobRun;
import org.backoffice.platform.api.jobs.JobService;
import org.backoffice.platform.api.jobs.JobStatus;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/admin/jobs}: the jobs with last run, next retry and failures; their runs; run now. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class JobsResource implements RestResource {

    private final JobService jobs;

    @Activate
    public JobsResource(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    @GET
    public List<JobStatus> list() {
        return jobs.jobs();
    }

    @GET
    @Path("runs")
    public Page<JobRun> allRuns(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return jobs.runs(null, PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public JobStatus get(@PathParam("id") String id) {
        return jobs.job(id);
    }

    @GET
    @Path("{id}/runs")
    public Page<JobRun> runs(@PathParam("id") String id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return jobs.runs(id, PageRequest.of(offset, limit));
    }

    /** Runs the job now and answers the finished run (409 while it runs elsewhere). */
    @POST
    @Path("{id}/run")
    public JobRun run(@PathParam("id") String id) {
        return jobs.runNow(id);
    }
}
