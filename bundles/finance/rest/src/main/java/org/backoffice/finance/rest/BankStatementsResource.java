package org.backoffice.finance.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.bank.AutoMatchResult;
import org.backoffice.finance.api.bank.BankStatement;
import org.backoffice.finance.api.bank.BankStatementService;
import org.backoffice.finance.api.bank.MatchProposal;
import org.backoffice.finance.api.bank.MatchRequest;
import org.backoffice.finance.api.bank.Reconciliation;
import org.backoffice.finance.api.bank.StatementLine;
import org.backoffice.finance.api.bank.StatementLineStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/statements/{id}/...} and {@code /api/finance/statement-lines/{id}/...}: matching. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class BankStatementsResource implements RestResource {

    private final BankStatementService statements;

    @Activate
    public BankStatementsResource(@Reference BankStatementService statements) {
        this.statements = statements;
    }

    @GET
    @Path("statements/{id}")
    public BankStatement get(@PathParam("id") long id) {
        return statements.require(id);
    }

    /** {@code status}: UNMATCHED, MATCHED or EXPLAINED; all lines when absent. */
    @GET
    @Path("statements/{id}/lines")
    public Page<StatementLine> lines(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return statements.lines(id, QueryParams.enumeration("status", status, StatementLineStatus.class),
                PageRequest.of(offset, limit));
    }

    @POST
    @Path("statements/{id}/auto-match")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(FinanceModule.MANAGER)
    public AutoMatchResult autoMatch(@PathParam("id") long id) {
        return statements.autoMatch(id);
    }

    @GET
    @Path("statements/{id}/reconciliation")
    public Reconciliation reconciliation(@PathParam("id") long id) {
        return statements.reconciliation(id);
    }

    @GET
    @Path("statement-lines/{id}")
    public StatementLine line(@PathParam("id") long id) {
        return statements.requireLine(id);
    }

    @GET
    @Path("statement-lines/{id}/proposals")
    public Page<MatchProposal> proposals(@PathParam("id") long id) {
        List<MatchProposal> proposals = statements.proposals(id);
        return Page.of(proposals, proposals.size(), PageRequest.first(PageRequest.MAX_LIMIT));
    }

    @POST
    @Path("statement-lines/{id}/match")
    @RolesAllowed(FinanceModule.MANAGER)
    public StatementLine match(@PathParam("id") long id, MatchRequest request) {
        return statements.match(id, Bodies.required(request, "the invoice, receipt or explanation to match"));
    }

    @DELETE
    @Path("statement-lines/{id}/match")
    @RolesAllowed(FinanceModule.MANAGER)
    public StatementLine unmatch(@PathParam("id") long id) {
        return statements.unmatch(id);
    }
}
