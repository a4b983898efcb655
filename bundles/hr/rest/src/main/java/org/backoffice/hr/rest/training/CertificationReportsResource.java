package org.backoffice.hr.rest.training;

import java.time.LocalDate;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.hr.api.HrModule;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.ComplianceGap;
import org.backoffice.hr.api.training.ExpiryNotice;
import org.backoffice.hr.api.training.TrainingService;
import org.backoffice.platform.api.error.ValidationFailedException;

/** {@code /api/hr/certifications}: the expiring and compliance reports, and the explicit expiry scan. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({HrModule.MANAGER, HrModule.VIEWER})
public final class CertificationReportsResource implements RestResource {

    private final TrainingService training;

    @Activate
    public CertificationReportsResource(@Reference TrainingService training) {
        this.training = training;
    }

    /** Valid certifications expiring from {@code from} (today) to {@code from + days} (default 30). */
    @GET
    @Path("expiring")
    public List<Certification> expiring(@QueryParam("days") String days, @QueryParam("from") String from) {
        LocalDate start = QueryParams.date("from", from);
        return training.expiring(start == null ? LocalDate.now() : start, days(days));
    }

    @GET
    @Path("compliance")
    public List<ComplianceGap> compliance(@QueryParam("asOf") String asOf) {
        LocalDate date = QueryParams.date("asOf", asOf);
        return training.compliance(date == null ? LocalDate.now() : date);
    }

    @POST
    @Path("expiry-scan")
    @RolesAllowed(HrModule.MANAGER)
    public List<ExpiryNotice> scan(@QueryParam("asOf") String asOf) {
        LocalDate date = QueryParams.date("asOf", asOf);
        return training.expiryScan(date == null ? LocalDate.now() : date);
    }

    private static int days(String days) {
        if (days == null || days.isBlank()) {
            return 30;
        }
        try {
            int value = Integer.parseInt(days.trim());
            if (value >= 0 && value <= 3660) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ValidationFailedException.of("days", "must be a whole number of days from 0 to 3660");
    }
}
