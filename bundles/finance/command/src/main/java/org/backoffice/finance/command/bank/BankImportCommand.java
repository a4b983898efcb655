package org.backoffice.finance.command.bank;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.backoffice.finance.api.bank.BankAccount;
import org.backoffice.finance.api.bank.BankAccountService;
import org.backoffice.finance.api.bank.BankStatement;
import org.backoffice.finance.api.bank.BankStatementService;
import org.backoffice.finance.api.bank.StatementFormat;
import org.backoffice.finance.api.bank.StatementImport;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "finance", name = "bank-import", description = "Imports a bank statement file (on the server):"
        + " CSV read with the account's saved mapping, or camt.053 XML with one or more statements")
@Service
public class BankImportCommand implements Action {

    @Reference
    BankAccountService accounts;

    @Reference
    BankStatementService statements;

    @Argument(index = 0, name = "account", description = "Bank account code or id", required = true)
    @Completion(BankAccountCompleter.class)
    String account;

    @Argument(index = 1, name = "file", description = "Path of the statement file on the server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--format", aliases = "-f", description = "csv or camt053 (default: camt053 for .xml files, else"
            + " csv)")
    String format;

    @Override
    public Object execute() throws Exception {
        BankAccount bank = accounts.find(account).orElse(null);
        if (bank == null) {
            System.err.println("No bank account " + account);
            return null;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            System.err.println("No file " + path.toAbsolutePath());
            return null;
        }
        StatementFormat chosen = format != null
                ? StatementFormat.valueOf(format.toUpperCase(Locale.ROOT).replace("-", "").replace(".", ""))
                : path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml") ? StatementFormat.CAMT053
                        : StatementFormat.CSV;
        String content = Files.readString(path, StandardCharsets.UTF_8);
        List<BankStatement> imported = ShellProblems.report(() -> statements.importStatements(bank.id(),
                new StatementImport(chosen, null, null, null), content));
        for (BankStatement statement : imported) {
            System.out.println("Imported statement " + statement.id() + " (" + statement.statementId() + ") of "
                    + bank.code() + ": " + statement.lines() + " lines, " + statement.fromDate() + " to "
                    + statement.toDate() + ", opening " + statement.openingBalance() + ", closing "
                    + statement.closingBalance() + " " + statement.currency());
        }
        if (imported.size() > 1) {
            System.out.println(imported.size() + " statements imported from " + path.getFileName());
        }
        return null;
    }
}
