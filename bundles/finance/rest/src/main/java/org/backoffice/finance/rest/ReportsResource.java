package org.backoffice.finance.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.GeneralLedger;
import org.backoffice.finance.api.ledger.LedgerCheck;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.finance.api.ledger.Statement;
import org.backoffice.finance.api.ledger.TrialBalance;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/finance/reports/*} and {@code /api/finance/verify}: JSON, or CSV with {@code Accept: text/csv}.
 * Ranges are {@code ?period=YYYY-MM} or {@code ?from=&to=} given as dates or periods.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance")
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class ReportsResource implements RestResource {

    /** Lower server-side quality: a client that accepts anything gets JSON. */
    private static final String CSV = "text/csv;qs=0.5";

    private final ReportService reports;

    @Activate
    public ReportsResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("reports/trial-balance")
    @Produces(MediaType.APPLICATION_JSON)
    public TrialBalance trialBalance(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate[] range = range(period, from, to);
        return reports.trialBalance(range[0], range[1]);
    }

    @GET
    @Path("reports/trial-balance")
    @Produces(CSV)
    public String trialBalanceCsv(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        TrialBalance report = trialBalance(period, from, to);
        Csv csv = new Csv("account", "name", "type", "opening", "debit", "credit", "closing");
        report.lines().forEach(l -> csv.row(l.account(), l.name(), l.type(), l.opening(), l.debit(), l.credit(),
                l.closing()));
        TrialBalance.Totals t = report.totals();
        return csv.row("TOTAL", report.currency(), "", t.opening(), t.debit(), t.credit(), t.closing()).toString();
    }

    @GET
    @Path("reports/profit-and-loss")
    @Produces(MediaType.APPLICATION_JSON)
    public Statement profitAndLoss(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate[] range = range(period, from, to);
        return reports.profitAndLoss(range[0], range[1]);
    }

    @GET
    @Path("reports/profit-and-loss")
    @Produces(CSV)
    public String profitAndLossCsv(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return statementCsv(profitAndLoss(period, from, to), "RESULT");
    }

    @GET
    @Path("reports/balance-sheet")
    @Produces(MediaType.APPLICATION_JSON)
    public Statement balanceSheet(@QueryParam("asOf") String asOf) {
        return reports.balanceSheet(required("asOf", asOf));
    }

    @GET
    @Path("reports/balance-sheet")
    @Produces(CSV)
    public String balanceSheetCsv(@QueryParam("asOf") String asOf) {
        return statementCsv(balanceSheet(asOf), "CURRENT YEAR RESULT");
    }

    @GET
    @Path("reports/general-ledger")
    @Produces(MediaType.APPLICATION_JSON)
    public GeneralLedger generalLedger(@QueryParam("account") String account, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        if (account == null || account.isBlank()) {
            throw ValidationFailedException.of("account", "is required");
        }
        LocalDate[] range = range(period, from, to);
        return reports.generalLedger(account, range[0], range[1]);
    }

    @GET
    @Path("reports/general-ledger")
    @Produces(CSV)
    public String generalLedgerCsv(@QueryParam("account") String account, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        GeneralLedger ledger = generalLedger(account, period, from, to);
        Csv csv = new Csv("date", "entry", "description", "debit", "credit", "balance", "partner", "memo");
        csv.row(ledger.from(), "", "opening balance", "", "", ledger.opening(), "", "");
        ledger.lines().forEach(l -> csv.row(l.date(), l.number(), l.description(), l.debit(), l.credit(),
                l.balance(), l.partner(), l.memo()));
        return csv.toString();
    }

    @GET
    @Path("reports/account-balance")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> accountBalance(@QueryParam("account") String account, @QueryParam("asOf") String asOf) {
        if (account == null || account.isBlank()) {
            throw ValidationFailedException.of("account", "is required");
        }
        LocalDate date = required("asOf", asOf);
        BigDecimal balance = reports.accountBalance(account, date);
        return Map.of("account", account, "asOf", date.toString(), "balance", balance);
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public LedgerCheck verify() {
        return reports.verify();
    }

    private static String statementCsv(Statement statement, String resultLabel) {
        Csv csv = new Csv("section", "account", "name", "amount");
        for (Statement.Section section : statement.sections()) {
            section.accounts().forEach(a -> csv.row(section.type(), a.account(), a.name(), a.amount()));
            csv.row(section.type(), "TOTAL", "", section.total());
        }
        return csv.row(resultLabel, "", statement.currency(), statement.result()).toString();
    }

    private static LocalDate required(String field, String value) {
        LocalDate date = QueryParams.date(field, value);
        if (date == null) {
            throw ValidationFailedException.of(field, "is required");
        }
        return date;
    }

    /** {@code period}, or {@code from}/{@code to} as dates or whole periods. */
    private static LocalDate[] range(String period, String from, String to) {
        if (period != null && !period.isBlank()) {
            YearMonth month = month("period", period);
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        if (from == null || to == null) {
            throw ValidationFailedException.of("period", "give period=YYYY-MM, or from and to");
        }
        LocalDate start = from.length() == 7 ? month("from", from).atDay(1) : QueryParams.date("from", from);
        LocalDate end = to.length() == 7 ? month("to", to).atEndOfMonth() : QueryParams.date("to", to);
        return new LocalDate[] {start, end};
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationFailedException.of(field, "must be a period like 2026-11");
        }
    }
}
