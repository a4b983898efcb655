package org.backoffice.itests;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;

import org.backoffice.finance.api.bank.AutoMatchResult;
import org.backoffice.finance.api.bank.BankAccountDraft;
import org.backoffice.finance.api.bank.BankAccountService;
import org.backoffice.finance.api.bank.BankStatement;
import org.backoffice.finance.api.bank.BankStatementService;
import org.backoffice.finance.api.bank.StatementFormat;
import org.backoffice.finance.api.bank.StatementImport;
import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.ledger.AccountService;
import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;

/**
 * Bank reconciliation on the real server (embedded Derby): 5,000 open invoices, a camt.053 statement of 5,000 lines
 * (96 % naming an invoice number, 2 % by amount and customer code, 2 % with nothing to match), timed server side
 * through the services: import, then auto-match. {@code bench.bankWarmup} (2) warm-up rounds of the same size run
 * first, then {@code bench.bankRounds} (3) measured rounds, each on a bank account and invoices of its own; all are
 * written out, the warm-up ones marked. Not a test: it
 * asserts nothing; run it with {@code bench/bank-bench.sh}. Figures go to {@code itests/target/bank-bench.txt}.
 */
public class BankReconciliationBenchmark extends BackofficeTestSupport {

    private static final int THREADS = 4;

    @Inject
    protected ReceivablesService receivables;

    @Inject
    protected BankAccountService bankAccounts;

    @Inject
    protected BankStatementService statements;

    @Inject
    protected PeriodService periods;

    @Inject
    protected AccountService accounts;

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        List<Option> options = new ArrayList<>(Arrays.asList(configurationWith("backoffice-finance")));
        options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                "backoffice.bench.output", new File("target/bank-bench.txt").getAbsolutePath()));
        options.add(CoreOptions.vmOptions("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC")); // as bin/setenv
        if (System.getProperty("bench.jfr") != null) {
            options.add(CoreOptions.vmOption("-XX:FlightRecorderOptions=stackdepth=512"));
            options.add(CoreOptions.vmOption("-XX:StartFlightRecording=settings=profile,filename="
                    + System.getProperty("bench.jfr")));
        }
        for (String property : List.of("bench.bankLines", "bench.bankRounds", "bench.bankWarmup")) {
            if (System.getProperty(property) != null) {
                options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties", property,
                        System.getProperty(property)));
            }
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void measure() throws Exception {
        eventually(30_000, "finance REST", () -> http().as("admin").get("/api/finance/bank-accounts").status() == 200);
        if (periods.list(2030).isEmpty()) {
            periods.openFiscalYear(2030);
        }
        for (int c = 0; c < 50; c++) {
            http().as("admin").post("/api/partners", "{\"code\":\"" + customer(c) + "\",\"name\":\"Bench customer "
                    + c + "\",\"roles\":[\"CUSTOMER\"],\"currency\":\"USD\"}");
        }
        String[] warmIbans = {"DE89370400440532013000", "DE02120300000000202051", "DE02500105170137075030"};
        int warmRounds = Math.min(warmIbans.length, Integer.getInteger("bench.bankWarmup", 2));
        for (int w = 0; w < warmRounds; w++) {
            round("BK-WARM" + w, Integer.toString(1196 - w), warmIbans[w], Integer.getInteger("bench.bankLines",
                    5_000), 10 + w, false);
        }
        String[] ibans = {"GB82WEST12345698765432", "GB33BUKB20201555555555", "GB94BARC10201530093459",
            "GB77BARC20201530093459", "GB29NWBK60161331926819"};
        int rounds = Math.min(ibans.length, Integer.getInteger("bench.bankRounds", 3));
        for (int r = 0; r < rounds; r++) {
            round("BK-BENCH" + r, Integer.toString(1180 + r), ibans[r], Integer.getInteger("bench.bankLines", 5_000),
                    2 + r, true);
        }
    }

    private void round(String code, String ledger, String iban, int size, int round, boolean report)
            throws Exception {
        int status = http().as("admin").post("/api/finance/accounts", "{\"code\":\"" + ledger
                + "\",\"name\":\"Bench bank\",\"type\":\"ASSET\"}").status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("ledger account " + status);
        }
        long bank = bankAccounts.create(new BankAccountDraft(code, "Bench bank", iban, null, "USD", ledger, null, null,
                null)).id();
        long t0 = System.nanoTime();
        List<Invoice> invoices = openInvoices(size, round);
        double setup = (System.nanoTime() - t0) / 1e9;
        String xml = statement(code, iban, invoices);

        t0 = System.nanoTime();
        BankStatement statement = statements.importStatement(bank, new StatementImport(StatementFormat.CAMT053, null,
                null, null), xml);
        double imported = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        AutoMatchResult result = statements.autoMatch(statement.id());
        double matched = (System.nanoTime() - t0) / 1e9;
        String line = String.format("bank reconciliation, %d open invoices (created and posted in %.1f s), camt.053 of"
                + " %d lines (%d KB): import %.2f s, auto-match %.2f s (%d matched, %d left)", invoices.size(), setup,
                statement.lines(), xml.length() / 1024, imported, matched, result.matched(), result.unmatched());
        line = (report ? "" : "(warm-up) ") + line;
        System.out.println("BENCH " + line);
        Files.writeString(Path.of(System.getProperty("backoffice.bench.output")), line + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String customer(int c) {
        return String.format("BK-C%02d", c);
    }

    /** Invoices with distinct amounts (so amount + customer finds one), created and posted by 4 threads. */
    private List<Invoice> openInvoices(int count, int round) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Invoice>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                BigDecimal price = BigDecimal.valueOf(round * 1_000_000L + 10_000 + n, 2);
                Invoice draft = receivables.createInvoice(new InvoiceDraft(customer(n % 50),
                        LocalDate.of(2030, 1 + n % 6, 1 + n % 28), null, "USD", null,
                        List.of(new InvoiceLineDraft("Bench", BigDecimal.ONE, price, "ZERO", null)), null));
                return receivables.postInvoice(draft.id());
            }));
        }
        List<Invoice> invoices = new ArrayList<>();
        for (Future<Invoice> f : futures) {
            invoices.add(f.get());
        }
        pool.shutdown();
        return invoices;
    }

    private static String statement(String code, String iban, List<Invoice> invoices) {
        List<String> entries = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < invoices.size(); i++) {
            Invoice invoice = invoices.get(i);
            String date = invoice.date().plusDays(10).toString();
            if (i % 50 == 48) { // by amount and customer code
                entries.add(BankReconciliationIT.entry(invoice.gross().toPlainString(), "USD", date,
                        invoice.customer() + " payment", "Customer " + invoice.customer(), "B" + i));
                sum = sum.add(invoice.gross());
            } else if (i % 50 == 49) { // nothing to match: a fee
                entries.add(BankReconciliationIT.entry("-1.25", "USD", date, "Fee " + i, "The Bank", "B" + i));
                sum = sum.subtract(new BigDecimal("1.25"));
            } else {
                entries.add(BankReconciliationIT.entry(invoice.gross().toPlainString(), "USD", date,
                        "Payment " + invoice.number() + " thank you", "Customer " + invoice.customer(), "B" + i));
                sum = sum.add(invoice.gross());
            }
        }
        return BankReconciliationIT.camt(code + "-2030", "1", iban, "USD", "0.00", sum.toPlainString(), "2030-07-31",
                entries);
    }
}
