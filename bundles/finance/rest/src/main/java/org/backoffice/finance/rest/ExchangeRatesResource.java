package org.backoffice.finance.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.ExchangeRate;
import org.backoffice.finance.api.ledger.ExchangeRateService;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/exchange-rates}: base-currency rates by currency and date. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class ExchangeRatesResource implements RestResource {

    private final ExchangeRateService rates;

    @Activate
    public ExchangeRatesResource(@Reference ExchangeRateService rates) {
        this.rates = rates;
    }

    @GET
    public List<ExchangeRate> list(@QueryParam("currency") String currency) {
        return rates.list(currency == null || currency.isBlank() ? null : currency);
    }

    @POST
    @RolesAllowed(FinanceModule.MANAGER)
    public Response set(ExchangeRate rate) {
        return Response.status(Response.Status.CREATED)
                .entity(rates.set(Bodies.required(rate, "the currency, date and rate"))).build();
    }
}
