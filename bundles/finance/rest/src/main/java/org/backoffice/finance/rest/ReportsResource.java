package org.backoffice.finance.rest;

import java.time.LocalDate;
import java.time.YearMonth;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ReportService;
import org.backoffice.finance.api.TrialBalance;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/reports}: financial reports as JSON, or CSV with {@code Accept: text/csv}. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance/reports")
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class ReportsResource implements RestResource {

    private final ReportService reports;

    @Activate
    public ReportsResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    /** {@code ?period=2026-11}, or {@code ?from=&to=} as periods or dates (whole periods are reported). */
    @GET
    @Path("trial-balance")
    @Produces(MediaType.APPLICATION_JSON)
    public TrialBalance trialBalance(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (period != null && !period.isBlank()) {
            return reports.trialBalance(period, period);
        }
        if (from == null || to == null) {
            throw ValidationFailedException.of("period", "give period=YYYY-MM, or from and to");
        }
        return reports.trialBalance(periodOf("from", from), periodOf("to", to));
    }

    @GET
    @Path("trial-balance")
    @Produces("text/csv")
    public String trialBalanceCsv(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        TrialBalance report = trialBalance(period, from, to);
        StringBuilder csv = new StringBuilder("account,name,type,opening,debit,credit,closing\n");
        for (TrialBalance.Line line : report.lines()) {
            csv.append(line.account()).append(',').append(quote(line.name())).append(',').append(line.type())
                    .append(',').append(line.opening().toPlainString()).append(',')
                    .append(line.debit().toPlainString()).append(',').append(line.credit().toPlainString())
                    .append(',').append(line.closing().toPlainString()).append('\n');
        }
        TrialBalance.Totals totals = report.totals();
        csv.append("TOTAL,,,").append(totals.opening().toPlainString()).append(',')
                .append(totals.debit().toPlainString()).append(',').append(totals.credit().toPlainString())
                .append(',').append(totals.closing().toPlainString()).append('\n');
        return csv.toString();
    }

    private static String periodOf(String field, String value) {
        if (value.length() == 7) {
            return value;
        }
        LocalDate date = Params.date(field, value);
        return YearMonth.from(date).toString();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
