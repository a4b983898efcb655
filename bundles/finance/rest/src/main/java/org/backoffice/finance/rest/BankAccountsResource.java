package org.backoffice.finance.rest;

import java.math.BigDecimal;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.bank.BankAccount;
import org.backoffice.finance.api.bank.BankAccountDraft;
import org.backoffice.finance.api.bank.BankAccountService;
import org.backoffice.finance.api.bank.BankStatement;
import org.backoffice.finance.api.bank.BankStatementService;
import org.backoffice.finance.api.bank.CsvMapping;
import org.backoffice.finance.api.bank.StatementFormat;
import org.backoffice.finance.api.bank.StatementImport;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/bank-accounts} and their statements ({@code .../{id}/statements}: import and list). */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance/bank-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class BankAccountsResource implements RestResource {

    private final BankAccountService accounts;
    private final BankStatementService statements;

    @Activate
    public BankAccountsResource(@Reference BankAccountService accounts, @Reference BankStatementService statements) {
        this.accounts = accounts;
        this.statements = statements;
    }

    @GET
    public Page<BankAccount> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return accounts.list(PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed(FinanceModule.MANAGER)
    public Response create(BankAccountDraft draft, @Context UriInfo uriInfo) {
        BankAccount created = accounts.create(Bodies.required(draft, "the bank account"));
        return Created.at(uriInfo, "finance/bank-accounts", created.id(), created);
    }

    @GET
    @Path("{id}")
    public BankAccount get(@PathParam("id") long id) {
        return accounts.require(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(FinanceModule.MANAGER)
    public BankAccount update(@PathParam("id") long id, BankAccountDraft draft) {
        return accounts.update(id, Bodies.required(draft, "the bank account"));
    }

    @GET
    @Path("{id}/statements")
    public Page<BankStatement> statements(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return statements.list(id, PageRequest.of(offset, limit));
    }

    /**
     * Imports a statement: {@code text/csv} (the mapping from query parameters, or the account's saved mapping when
     * none is given) or camt.053 XML ({@code application/xml}, {@code text/xml}); {@code format} overrides the
     * content type. A file of one statement answers that statement, as always; of several (a camt.053 file with one
     * per day), the first statement's fields with the {@code Location} of the first, plus {@code statements}: all of
     * them in file order.
     */
    @POST
    @Path("{id}/statements")
    @Consumes({"text/csv", "text/plain", MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed(FinanceModule.MANAGER)
    public Response importStatement(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @QueryParam("format") String format, @QueryParam("date") String date,
            @QueryParam("valueDate") String valueDate, @QueryParam("amount") String amount,
            @QueryParam("debit") String debit, @QueryParam("credit") String credit, @QueryParam("text") String text,
            @QueryParam("counterparty") String counterparty,
            @QueryParam("counterpartyIban") String counterpartyIban, @QueryParam("reference") String reference,
            @QueryParam("dateFormat") String dateFormat, @QueryParam("decimalSeparator") String decimalSeparator,
            @QueryParam("headerRows") Integer headerRows, @QueryParam("delimiter") String delimiter,
            @QueryParam("openingBalance") String openingBalance, @QueryParam("closingBalance") String closingBalance,
            String content, @Context UriInfo uriInfo) {
        StatementFormat chosen = QueryParams.enumeration("format", format, StatementFormat.class);
        if (chosen == null) {
            chosen = type != null && type.toLowerCase(java.util.Locale.ROOT).contains("xml") ? StatementFormat.CAMT053
                    : StatementFormat.CSV;
        }
        boolean mapped = date != null || amount != null || debit != null || credit != null;
        CsvMapping mapping = mapped ? new CsvMapping(date, valueDate, amount, debit, credit, text, counterparty,
                counterpartyIban, reference, dateFormat, decimalSeparator, headerRows, delimiter) : null;
        List<BankStatement> imported = statements.importStatements(id, new StatementImport(chosen, mapping,
                decimal("openingBalance", openingBalance), decimal("closingBalance", closingBalance)), content);
        BankStatement created = imported.get(0);
        return Created.at(uriInfo, "finance/statements", created.id(),
                imported.size() == 1 ? created : new StatementsImported(created, imported));
    }

    private static BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of(name, "must be a decimal like -1234.56");
        }
    }
}
