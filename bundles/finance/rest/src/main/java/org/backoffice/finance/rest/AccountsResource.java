package org.backoffice.finance.rest;

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

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountService;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/accounts}: the chart of accounts, an account addressed by its code. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class AccountsResource implements RestResource {

    private final AccountService accounts;

    @Activate
    public AccountsResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public Page<Account> list(@QueryParam("type") String type, @QueryParam("active") String active,
            @QueryParam("q") String text, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return accounts.find(QueryParams.enumeration("type", type, AccountType.class),
                QueryParams.bool("active", active), text, PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed(FinanceModule.MANAGER)
    public Response create(Account account, @Context UriInfo uriInfo) {
        Account created = accounts.create(Bodies.required(account, "the account"));
        return Created.at(uriInfo, "finance/accounts", created.code(), created);
    }

    @GET
    @Path("{code}")
    public Account get(@PathParam("code") String code) {
        return accounts.require(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(FinanceModule.MANAGER)
    public Account update(@PathParam("code") String code, Account account) {
        return accounts.update(code, Bodies.required(account, "the account"));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response delete(@PathParam("code") String code) {
        accounts.delete(code);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @RolesAllowed(FinanceModule.MANAGER)
    public AccountService.ImportResult importCsv(String csv) {
        return accounts.importCsv(csv);
    }
}
