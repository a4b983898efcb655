package org.backoffice.finance.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.TaxCode;
import org.backoffice.finance.api.document.TaxCodeService;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/tax-codes}. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance/tax-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class TaxCodesResource implements RestResource {

    private final TaxCodeService taxCodes;

    @Activate
    public TaxCodesResource(@Reference TaxCodeService taxCodes) {
        this.taxCodes = taxCodes;
    }

    @GET
    public List<TaxCode> list() {
        return taxCodes.list();
    }

    @GET
    @Path("{code}")
    public TaxCode get(@PathParam("code") String code) {
        return taxCodes.require(code);
    }

    @POST
    @RolesAllowed(FinanceModule.MANAGER)
    public Response create(TaxCode taxCode, @Context UriInfo uriInfo) {
        TaxCode created = taxCodes.create(Bodies.required(taxCode, "the tax code"));
        return Created.at(uriInfo, "finance/tax-codes", created.code(), created);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(FinanceModule.MANAGER)
    public TaxCode update(@PathParam("code") String code, TaxCode taxCode) {
        return taxCodes.update(code, Bodies.required(taxCode, "the tax code"));
    }
}
