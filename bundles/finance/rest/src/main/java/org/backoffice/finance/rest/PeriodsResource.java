package org.backoffice.finance.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.finance.api.ledger.Period;
import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/fiscal-years} and {@code /api/finance/periods}: opening years, closing and reopening months. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class PeriodsResource implements RestResource {

    private final PeriodService periods;
    private final LedgerService ledger;

    @Activate
    public PeriodsResource(@Reference PeriodService periods, @Reference LedgerService ledger) {
        this.periods = periods;
        this.ledger = ledger;
    }

    /** Year-end close: the closing entry into retained earnings, then every period of the year closed. */
    @POST
    @Path("fiscal-years/{year}/close")
    @RolesAllowed(FinanceModule.MANAGER)
    public JournalEntry closeYear(@PathParam("year") int year) {
        return ledger.closeYear(year);
    }

    /** The body of {@code POST /api/finance/fiscal-years}. */
    public record FiscalYearRequest(Integer year) {
    }

    @POST
    @Path("fiscal-years")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response openYear(FiscalYearRequest request) {
        if (request == null || request.year() == null) {
            throw ValidationFailedException.of("year", "is required");
        }
        return Response.status(Response.Status.CREATED).entity(periods.openFiscalYear(request.year())).build();
    }

    @GET
    @Path("periods")
    public List<Period> list(@QueryParam("year") Integer year) {
        return periods.list(year);
    }

    @POST
    @Path("periods/{id}/close")
    @RolesAllowed(FinanceModule.MANAGER)
    public Period close(@PathParam("id") String id) {
        return periods.close(id);
    }

    @POST
    @Path("periods/{id}/reopen")
    @RolesAllowed(FinanceModule.MANAGER)
    public Period reopen(@PathParam("id") String id) {
        return periods.reopen(id);
    }
}
